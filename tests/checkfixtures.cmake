# Fails with one clear message when the shared sample data the tests read is missing.
foreach(_part workstation workstation/home samples)
    if(NOT IS_DIRECTORY "${FIXTURES}/${_part}")
        message(FATAL_ERROR "The shared sample data is missing: expected the folder ${FIXTURES}/${_part}. "
            "The tests read ../shared/fixtures beside the checkout; put the shared folder there and run "
            "./test.sh again.")
    endif()
endforeach()
message(STATUS "Shared sample data found at ${FIXTURES}")
