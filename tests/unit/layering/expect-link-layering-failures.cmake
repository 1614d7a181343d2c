# cmake -DCHECKER=check-link-layering.cmake -DGRAPH=data/bad-link-graph.txt -P this
# Runs the link layering check on a graph that breaks each rule once, and passes only if the
# check fails and names every broken rule: a check that cannot fail proves nothing.

cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND "${CMAKE_COMMAND}" -DGRAPH=${GRAPH} -P "${CHECKER}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(text "${out}${err}")
if(rc EQUAL 0)
    message(FATAL_ERROR "The check passed a graph that breaks the layering:\n${text}")
endif()
foreach(expected
        "fleetdeck_transport (core/transport/) links the layer above it: fleetdeck_transport -> fleetdeck_widgetsbits"
        "fleetdeck_transport (core/transport/) links a widget module: fleetdeck_transport -> fleetdeck_widgetsbits -> Qt6::Widgets"
        "fleetdeck_protocol (core/protocol) needs QtCore alone: fleetdeck_protocol -> Qt6::Network"
        "fleetdeck_agentcore (agents/) links the layer above it: fleetdeck_agentcore -> fleetdeck_ui")
    string(FIND "${text}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "The check did not report: ${expected}\nIt said:\n${text}")
    endif()
endforeach()
message(STATUS "The check rejects the bad graph with every reason.")
