# Catch2's main() and test runner, compiled once for every test binary: the header's
# implementation costs the compiler about 30 s (-O2 -g), once per binary before.
add_library(vankien_catch_main OBJECT ${PROJECT_SOURCE_DIR}/tests/catch_main.cc)
target_link_libraries(vankien_catch_main PUBLIC Catch2::Catch2)
# Test code is compiled without optimisation (the last -O given wins): it runs once per test, its
# time is spent in the libraries it calls, which keep the build type's flags, and optimising
# Catch2's assertion macros took half the compiler's time of a test file (-O3: 11 s, -O0: 6 s for
# query/searcher_test.cc), minutes of CI's thirty over two builds.
set(VANKIEN_TEST_CODE_FLAGS -O0)
target_compile_options(vankien_catch_main PRIVATE ${VANKIEN_TEST_CODE_FLAGS})

# vankien_unit_tests(NAME SOURCES... LIBS ...): one Catch2 binary per library, its test files
# kept beside the code they test; every TEST_CASE becomes its own CTest test.
function(vankien_unit_tests name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE vankien_catch_main Catch2::Catch2 ${ARG_LIBS})
  target_compile_options(${name} PRIVATE ${VANKIEN_TEST_CODE_FLAGS})
  target_compile_definitions(${name} PRIVATE
    VANKIEN_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    VANKIEN_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
  catch_discover_tests(${name} TEST_PREFIX "${name}:")
endfunction()
