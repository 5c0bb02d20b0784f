include_guard(GLOBAL)

set(HIKARI_CLIENT_LAYERS "" CACHE INTERNAL "")

function(hikari_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
                                           -Wimplicit-fallthrough)
  # GCC 12 at -O2 reports a new/delete mismatch inside Boost.Asio's coroutine frames (its
  # frame allocator pairs them correctly); Debug builds don't inline far enough to see it.
  target_compile_options(${target} PRIVATE $<$<NOT:$<CONFIG:Debug>>:-Wno-mismatched-new-delete>)
  if(HIKARI_ARCH_FLAGS)
    separate_arguments(arch UNIX_COMMAND "${HIKARI_ARCH_FLAGS}")
    target_compile_options(${target} PRIVATE ${arch})
  endif()
  if(HIKARI_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# hikari_add_layer(<name> [INTERNAL] [DEPENDS <targets>...])
# Builds src/<name>/**.cpp into the static library hikari_<name> (alias hikari::<name>).
# INTERNAL layers (the sandbox, for one) are not part of hikari::hikari.
function(hikari_add_layer name)
  cmake_parse_arguments(ARG "INTERNAL" "" "DEPENDS;PRIVATE_DEPENDS" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/${name}/*.cpp)
  set(target hikari_${name})
  if(NOT sources)
    return()  # a layer that has no code yet
  endif()
  add_library(${target} STATIC ${sources})
  add_library(hikari::${name} ALIAS ${target})
  set_target_properties(${target} PROPERTIES EXPORT_NAME ${name} OUTPUT_NAME hikari_${name})
  target_include_directories(${target}
    PUBLIC $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include> $<INSTALL_INTERFACE:include>
    PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_link_libraries(${target} PUBLIC ${ARG_DEPENDS} PRIVATE ${ARG_PRIVATE_DEPENDS})
  hikari_warnings(${target})
  set_property(GLOBAL APPEND PROPERTY HIKARI_ALL_LAYERS ${target})
  if(NOT ARG_INTERNAL)
    set(HIKARI_CLIENT_LAYERS ${HIKARI_CLIENT_LAYERS} ${target} CACHE INTERNAL "")
  endif()
endfunction()

# hikari_add_tests(<layer> LIBS <targets>...)
# Each tests/<layer>/*_test.cpp becomes its own executable, so one broken test file
# never stops the others from building; CTest discovers the GoogleTest cases in it.
function(hikari_add_tests layer)
  cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
  if(NOT TARGET hikari_${layer})
    return()
  endif()
  file(GLOB test_sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/${layer}/*_test.cpp)
  foreach(source ${test_sources})
    get_filename_component(stem ${source} NAME_WE)
    set(target test_${layer}_${stem})
    string(REGEX REPLACE "_test$" "" target ${target})
    add_executable(${target} ${source})
    target_link_libraries(${target} PRIVATE ${ARG_LIBS} hikari_test_support GTest::gtest_main GTest::gmock)
    hikari_warnings(${target})
    # Load tests measure rates against timed windows: they run alone, so that the other
    # tests' CPU use does not push a window's arrivals over its limit.
    set(serial "")
    if(stem MATCHES "_load_test$")
      set(serial RUN_SERIAL TRUE)
    endif()
    gtest_discover_tests(${target} DISCOVERY_MODE PRE_TEST DISCOVERY_TIMEOUT 60
                         PROPERTIES LABELS ${layer} TIMEOUT 300 ${serial})
  endforeach()
endfunction()
