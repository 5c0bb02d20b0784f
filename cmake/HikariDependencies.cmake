# Every third-party package the project links comes from Debian (scripts/install-deps.sh).
# Beast, Asio and simdjson stay out of public headers; they are PRIVATE to the layers.
find_package(Threads REQUIRED)
find_package(fmt REQUIRED)
find_package(spdlog REQUIRED)
find_package(Boost 1.81 REQUIRED COMPONENTS url json)
find_package(simdjson REQUIRED)
find_package(ZLIB REQUIRED)
find_package(zstd REQUIRED)
find_package(OpenSSL 3 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(sodium REQUIRED IMPORTED_TARGET libsodium)
