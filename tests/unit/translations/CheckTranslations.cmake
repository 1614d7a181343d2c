# cmake -DLUPDATE=... -DSOURCES_LIST=... -DTS_FILES=a.ts;b.ts -DPLURAL_TS_FILES=en.ts
#       -DWORK_DIR=... -P CheckTranslations.cmake
# Regenerates each committed .ts from the sources into WORK_DIR and fails if the result has
# unfinished messages or differs from the committed file (a stale or obsolete entry).
cmake_minimum_required(VERSION 3.25)  # IN_LIST (CMP0057) in script mode
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)
foreach(ts IN LISTS TS_FILES PLURAL_TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(extra)
    if(ts IN_LIST PLURAL_TS_FILES)
        set(extra -pluralonly)
    endif()
    set(copy "${WORK_DIR}/${name}")
    configure_file("${ts}" "${copy}" COPYONLY)
    execute_process(
        COMMAND "${LUPDATE}" -silent -locations none -no-obsolete ${extra} "@${SOURCES_LIST}" -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${name} (${rc}):\n${out}\n${err}")
    endif()
    file(STRINGS "${copy}" unfinished REGEX "type=\"unfinished\"")
    list(LENGTH unfinished unfinished_count)
    if(unfinished_count GREATER 0)
        file(STRINGS "${copy}" sources REGEX "<source>")
        message(SEND_ERROR "${name}: ${unfinished_count} message(s) not translated. "
            "Run `cmake --build <build> --target update_translations`, translate them "
            "(Qt Linguist), and commit translations/${name}.")
        set(failed TRUE)
    endif()
    file(READ "${ts}" committed)
    file(READ "${copy}" regenerated)
    if(NOT committed STREQUAL regenerated)
        execute_process(COMMAND diff -u "${ts}" "${copy}" OUTPUT_VARIABLE difference)
        message(SEND_ERROR "${name} is out of date with the sources (obsolete or missing "
            "messages). Run the update_translations target and commit the result:\n${difference}")
        set(failed TRUE)
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "translations are incomplete")
endif()
message(STATUS "translations complete: ${TS_FILES};${PLURAL_TS_FILES}")
