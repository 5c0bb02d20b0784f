#pragma once
// Self-signed certificates made with the openssl command for TLS tests: "good" names
// 127.0.0.1 and localhost, "other" names only elsewhere.test (a host name mismatch).

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <system_error>

namespace hikari::test {

/// Made in a directory of their own, removed with the object.
class Certificates {
  public:
    Certificates()
        : dir_(std::filesystem::temp_directory_path() /
               ("hikari-tls-" + std::to_string(::getpid()))) {
        std::filesystem::create_directories(dir_);
        make("good", "subjectAltName=IP:127.0.0.1,DNS:localhost");
        make("other", "subjectAltName=DNS:elsewhere.test");
    }
    ~Certificates() {
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
    }
    Certificates(const Certificates&) = delete;
    Certificates& operator=(const Certificates&) = delete;

    [[nodiscard]] std::filesystem::path cert(const std::string& name) const {
        return dir_ / (name + ".crt");
    }
    [[nodiscard]] std::filesystem::path key(const std::string& name) const {
        return dir_ / (name + ".key");
    }

  private:
    void make(const std::string& name, const std::string& san) {
        const std::string command =
            "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 "
            "-subj "
            "/CN=hikari-test -addext " +
            san + " -keyout " + key(name).string() + " -out " + cert(name).string() +
            " >/dev/null 2>&1";
        if (std::system(command.c_str()) != 0) throw std::runtime_error("openssl failed");
    }
    std::filesystem::path dir_;
};

}  // namespace hikari::test
