# SPDX-FileCopyrightText: 2026 Lectern developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DSOURCE_DIR=<source tree> -DTABLE=<build tree>/layers.txt -P checklayers.cmake
#
# The layering of app/, checked against the graph its CMakeLists.txt files
# declare (lectern_add_library ... DEPENDS, written to TABLE at configure
# time). Fails on:
#   - an #include "folder/..." in app/<folder> that is neither the folder
#     itself nor one it declares, directly or through a declared folder;
#   - an #include "name.h" of a header that is not in the including file's
#     own folder (it would be found through someone else's include path);
#   - a folder of app/ that declares no library, or a cycle in the table.
# app/main.cpp, the program, sits above everything and is not checked.
cmake_minimum_required(VERSION 3.25)

file(STRINGS "${TABLE}" lines)
set(folders)
foreach(line IN LISTS lines)
    if(line MATCHES "^([a-z0-9_]+):(.*)$")
        set(folder "${CMAKE_MATCH_1}")
        string(STRIP "${CMAKE_MATCH_2}" declared)
        separate_arguments(declared)
        list(APPEND folders ${folder})
        set(deps_${folder} ${declared})
    endif()
endforeach()

set(errors)
# The table lists folders from the bottom up: each may only declare folders
# listed before it, which is what makes the graph acyclic.
set(below)
foreach(folder IN LISTS folders)
    set(reach_${folder})
    foreach(dependency IN LISTS deps_${folder})
        if(NOT dependency IN_LIST below)
            list(APPEND errors "app/${folder} declares app/${dependency}, which is not below it: a cycle, or a folder declared out of order")
        endif()
        list(APPEND reach_${folder} ${dependency} ${reach_${dependency}})
    endforeach()
    list(REMOVE_DUPLICATES reach_${folder})
    list(APPEND below ${folder})
endforeach()

file(GLOB children RELATIVE "${SOURCE_DIR}/app" "${SOURCE_DIR}/app/*")
foreach(child IN LISTS children)
    if(IS_DIRECTORY "${SOURCE_DIR}/app/${child}" AND NOT child IN_LIST folders)
        list(APPEND errors "app/${child} declares no library: add lectern_add_library(${child} DEPENDS ...) to its CMakeLists.txt")
    endif()
endforeach()

set(edges 0)
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}/app" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
foreach(source IN LISTS sources)
    if(source MATCHES "/3rdparty/" OR NOT source MATCHES "/")
        continue()
    endif()
    string(REGEX MATCH "^[^/]+" folder "${source}")
    get_filename_component(directory "${source}" DIRECTORY)
    file(STRINGS "${SOURCE_DIR}/app/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(include IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*$" "\\1" path "${include}")
        if(path MATCHES "^([^/]+)/")
            set(target "${CMAKE_MATCH_1}")
            if(target STREQUAL folder)
                continue()
            endif()
            math(EXPR edges "${edges} + 1")
            if(target IN_LIST reach_${folder})
                continue()
            elseif(target IN_LIST folders)
                list(APPEND errors "app/${source} includes \"${path}\": app/${folder} does not declare app/${target}")
            else()
                list(APPEND errors "app/${source} includes \"${path}\": no folder app/${target} (name headers from the app/ folder down)")
            endif()
        elseif(NOT EXISTS "${SOURCE_DIR}/app/${directory}/${path}")
            list(APPEND errors "app/${source} includes \"${path}\", which is not in app/${directory}: name its folder")
        endif()
    endforeach()
endforeach()

if(errors)
    list(JOIN errors "\n  " shown)
    message(FATAL_ERROR "The layering of app/ is broken (docs/architecture.md):\n  ${shown}")
endif()
list(LENGTH folders count)
message(STATUS "${count} libraries; ${edges} includes across folders, each declared")
