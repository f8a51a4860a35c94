# Finds every library vankien builds against, from Debian 12's packages. A missing one stops
# configuration with the name of the Debian package that provides it.

macro(vankien_require found_var what debian_package)
  if(NOT ${found_var})
    message(FATAL_ERROR "vankien needs ${what}, which was not found. "
                        "Install it with: apt-get install -y ${debian_package}")
  endif()
endmacro()

find_package(xapian CONFIG QUIET)
vankien_require(XAPIAN_FOUND "Xapian" libxapian-dev)
add_library(vankien::xapian INTERFACE IMPORTED)
target_include_directories(vankien::xapian INTERFACE ${XAPIAN_INCLUDE_DIR})
target_link_libraries(vankien::xapian INTERFACE ${XAPIAN_LIBRARIES})

find_package(ICU COMPONENTS uc i18n QUIET)
vankien_require(ICU_FOUND "ICU (uc, i18n)" libicu-dev)

find_package(Boost 1.74 COMPONENTS program_options QUIET)
vankien_require(Boost_FOUND "Boost.Program_options" libboost-program-options-dev)

find_package(pugixml CONFIG QUIET)
vankien_require(pugixml_FOUND "pugixml" libpugixml-dev)

find_package(nlohmann_json 3 CONFIG QUIET)
vankien_require(nlohmann_json_FOUND "nlohmann-json" nlohmann-json3-dev)

find_package(PkgConfig QUIET)
vankien_require(PKG_CONFIG_FOUND "pkg-config" pkg-config)
pkg_check_modules(HTTPLIB QUIET IMPORTED_TARGET cpp-httplib)
vankien_require(HTTPLIB_FOUND "cpp-httplib" libcpp-httplib-dev)
pkg_check_modules(ZSTD QUIET IMPORTED_TARGET libzstd)
vankien_require(ZSTD_FOUND "Zstandard" libzstd-dev)
pkg_check_modules(POPPLER_CPP QUIET IMPORTED_TARGET poppler-cpp>=22.12)
vankien_require(POPPLER_CPP_FOUND "poppler's C++ API (22.12 or later)" libpoppler-cpp-dev)
pkg_check_modules(TESSERACT QUIET IMPORTED_TARGET tesseract)
vankien_require(TESSERACT_FOUND "Tesseract" libtesseract-dev)

pkg_check_modules(MAGIC QUIET IMPORTED_TARGET libmagic)
vankien_require(MAGIC_FOUND "libmagic" libmagic-dev)
pkg_check_modules(LIBZIP QUIET IMPORTED_TARGET libzip)
vankien_require(LIBZIP_FOUND "libzip" libzip-dev)
pkg_check_modules(LIBXML2 QUIET IMPORTED_TARGET libxml-2.0)
vankien_require(LIBXML2_FOUND "libxml2" libxml2-dev)

find_package(Threads REQUIRED)

if(VANKIEN_BUILD_TESTS)
  find_package(Catch2 2 CONFIG QUIET)
  vankien_require(Catch2_FOUND "Catch2 (version 2)" catch2)
endif()
