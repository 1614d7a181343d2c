# cmake -DGRAPH=link-graph.txt -P check-link-layering.cmake
# Walks the link graph that tests/unit/layering/CMakeLists.txt writes (one line per target:
# "target folder/ linked names...") and fails, naming the path, when a library under core/ or
# agents/ reaches a widget module or the ui/cli layers, or when core/protocol reaches any Qt
# module but QtCore. Links are followed through our own libraries, so an indirect link counts.

cmake_minimum_required(VERSION 3.25)

if(NOT EXISTS "${GRAPH}")
    message(FATAL_ERROR "No link graph at '${GRAPH}': re-run cmake in the build folder.")
endif()
file(STRINGS "${GRAPH}" lines)

set(targets "")
foreach(line IN LISTS lines)
    string(REPLACE " " ";" fields "${line}")
    list(POP_FRONT fields target folder)
    list(APPEND targets ${target})
    set(folder_${target} "${folder}")
    set(links_${target} ${fields})
endforeach()

# Fleetdeck::x is the alias of fleetdeck_x (fleetdeck_add_library).
function(canonical name out)
    string(REGEX REPLACE "^Fleetdeck::" "fleetdeck_" name "${name}")
    string(REGEX REPLACE "^Qt::" "Qt6::" name "${name}")
    set(${out} "${name}" PARENT_SCOPE)
endfunction()

set(widget_libs Qt6::Widgets Qt6::Charts Qt6::PrintSupport Qt6::OpenGLWidgets Qt6::SvgWidgets
    Qt6::UiTools Qt6::QuickWidgets)
set(upper_layers_pattern "^(ui|app|cli)/")

set(failures "")
set(checked 0)
foreach(target IN LISTS targets)
    if(NOT folder_${target} MATCHES "^(core|agents)/")
        continue()
    endif()
    math(EXPR checked "${checked} + 1")
    # Breadth-first over our own libraries; each entry is "name<path so far".
    set(queue "")
    foreach(link IN LISTS links_${target})
        canonical("${link}" link)
        list(APPEND queue "${link}<${target}")
    endforeach()
    set(seen "")
    while(queue)
        list(POP_FRONT queue entry)
        string(REPLACE "<" ";" parts "${entry}")
        list(GET parts 0 name)
        list(GET parts 1 path)
        if(name IN_LIST seen)
            continue()
        endif()
        list(APPEND seen "${name}")
        set(chain "${path} -> ${name}")
        if(name IN_LIST widget_libs)
            list(APPEND failures "${target} (${folder_${target}}) links a widget module: ${chain}")
        elseif(folder_${target} MATCHES "^core/protocol/" AND name MATCHES "^Qt6::"
               AND NOT name STREQUAL "Qt6::Core")
            list(APPEND failures "${target} (core/protocol) needs QtCore alone: ${chain}")
        endif()
        if(name IN_LIST targets)
            if(folder_${name} MATCHES "${upper_layers_pattern}")
                list(APPEND failures
                    "${target} (${folder_${target}}) links the layer above it: ${chain}")
            endif()
            foreach(link IN LISTS links_${name})
                canonical("${link}" link)
                list(APPEND queue "${link}<${chain}")
            endforeach()
        endif()
    endwhile()
endforeach()

if(failures)
    foreach(failure IN LISTS failures)
        message(NOTICE "${failure}")
    endforeach()
    list(LENGTH failures count)
    message(FATAL_ERROR "Layering broken in ${count} place(s) (DESIGN.md: arrows point down "
        "only). Move the code that needs it up a layer, or link the module from ui/ or app/.")
endif()
if(checked EQUAL 0)
    message(FATAL_ERROR "No core/ or agents/ target in ${GRAPH}: the graph is empty or stale.")
endif()
message(STATUS "Layering holds for ${checked} core/agents targets.")
