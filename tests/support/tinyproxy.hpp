#pragma once
// A real tinyproxy (Debian's package) on a free loopback port, with Basic authentication
// (user "hikari", password "s3cret"), for the proxy tests of REST and the gateway.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <chrono>
#include <csignal>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

namespace hikari::test {

inline std::uint16_t free_port() {
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor acceptor(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
    return acceptor.local_endpoint().port();
}

inline bool port_open(std::uint16_t port) {
    boost::asio::io_context io;
    boost::asio::ip::tcp::socket socket(io);
    boost::system::error_code ec;
    socket.connect({boost::asio::ip::make_address("127.0.0.1"), port}, ec);
    return !ec;
}

/// tinyproxy on a free loopback port, with Basic auth, killed on destruction.
class TinyProxy {
  public:
    TinyProxy()
        : dir_(std::filesystem::temp_directory_path() /
               ("hikari-proxy-" + std::to_string(getpid()))) {
        std::filesystem::create_directories(dir_);
        port_ = free_port();
        std::ofstream config(dir_ / "tinyproxy.conf");
        config << "Port " << port_ << "\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\n"
               << "LogLevel Connect\nLogFile \"" << (dir_ / "proxy.log").string() << "\"\n"
               << "PidFile \"" << (dir_ / "proxy.pid").string() << "\"\n"
               << "Allow 127.0.0.1\nBasicAuth hikari s3cret\n";
        config.close();
        pid_ = fork();
        if (pid_ == 0) {
            const std::string conf = (dir_ / "tinyproxy.conf").string();
            execlp("tinyproxy", "tinyproxy", "-d", "-c", conf.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        for (int i = 0; i < 100 && !port_open(port_); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    ~TinyProxy() {
        if (pid_ > 0) {
            kill(pid_, SIGTERM);
            waitpid(pid_, nullptr, 0);
        }
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
    }
    TinyProxy(const TinyProxy&) = delete;
    TinyProxy& operator=(const TinyProxy&) = delete;

    [[nodiscard]] bool running() const { return pid_ > 0 && port_open(port_); }
    [[nodiscard]] std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    [[nodiscard]] std::string log() const {
        std::ifstream in(dir_ / "proxy.log");
        std::stringstream out;
        out << in.rdbuf();
        return out.str();
    }

  private:
    std::filesystem::path dir_;
    std::uint16_t port_ = 0;
    pid_t pid_ = -1;
};

}  // namespace hikari::test
