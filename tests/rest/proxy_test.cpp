// The proxy path: requests tunnelled through a real tinyproxy (HTTP CONNECT with Basic
// authentication), configured explicitly or through HTTPS_PROXY with trust_env.

#include "sandbox_fixture.hpp"

#include <hikari/rest/transport_error.hpp>

#include <boost/asio/ip/tcp.hpp>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

namespace hikari::testing {
namespace {

namespace fs = std::filesystem;

std::uint16_t free_port() {
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor acceptor(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
    return acceptor.local_endpoint().port();
}

bool port_open(std::uint16_t port) {
    boost::asio::io_context io;
    boost::asio::ip::tcp::socket socket(io);
    boost::system::error_code ec;
    socket.connect({boost::asio::ip::make_address("127.0.0.1"), port}, ec);
    return !ec;
}

/// tinyproxy on a free loopback port, with Basic auth, killed on destruction.
class TinyProxy {
  public:
    TinyProxy() : dir_(fs::temp_directory_path() / ("hikari-proxy-" + std::to_string(getpid()))) {
        fs::create_directories(dir_);
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
        fs::remove_all(dir_, ec);
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
    fs::path dir_;
    std::uint16_t port_ = 0;
    pid_t pid_ = -1;
};

class ProxyTest : public SandboxTest {
  protected:
    void SetUp() override {
        SandboxTest::SetUp();
        ASSERT_TRUE(proxy_.running()) << "tinyproxy did not start";
    }

    RESTClient client(ProxySettings settings) {
        RESTOptions options;
        options.rest_url = sandbox_->api_url();
        options.proxy_settings = std::move(settings);
        options.max_retries = 0;
        return RESTClient(io_.get_executor(), Token::bot(sandbox_->token()), options);
    }

    TinyProxy proxy_;
};

TEST_F(ProxyTest, TunnelsThroughTheProxyWithCredentials) {
    ProxySettings settings;
    settings.url = proxy_.url();
    settings.credentials = ProxyCredentials{"hikari", "s3cret"};
    auto rest = client(settings);
    const User me = run(rest.fetch_my_user());
    EXPECT_EQ(me.bot, std::optional<bool>(true));
    EXPECT_NE(proxy_.log().find("CONNECT"), std::string::npos) << proxy_.log();
}

TEST_F(ProxyTest, WrongCredentialsAreATransportErrorNamingTheRefusal) {
    ProxySettings settings;
    settings.url = proxy_.url();
    settings.credentials = ProxyCredentials{"hikari", "wrong"};
    auto rest = client(settings);
    try {
        run(rest.fetch_my_user());
        FAIL() << "expected HTTPTransportError";
    } catch (const HTTPTransportError& e) {
        // tinyproxy answers 401 where RFC 9110 says 407; either must surface.
        const std::string what = e.what();
        EXPECT_NE(what.find("refused the tunnel"), std::string::npos) << what;
        EXPECT_TRUE(what.find("HTTP 401") != std::string::npos ||
                    what.find("HTTP 407") != std::string::npos)
            << what;
        // The password never shows up in the error.
        EXPECT_EQ(std::string(e.what()).find("wrong"), std::string::npos) << e.what();
    }
}

TEST_F(ProxyTest, UsesHttpsProxyFromTheEnvironmentWhenTrusted) {
    const std::string with_login =
        "http://hikari:s3cret@" + proxy_.url().substr(std::string("http://").size());
    ::setenv("HTTPS_PROXY", with_login.c_str(), 1);
    ProxySettings settings;
    settings.trust_env = true;
    auto rest = client(settings);
    ::unsetenv("HTTPS_PROXY");
    const User me = run(rest.fetch_my_user());
    EXPECT_EQ(me.bot, std::optional<bool>(true));
    EXPECT_NE(proxy_.log().find("CONNECT"), std::string::npos);
}

TEST_F(ProxyTest, UnreachableProxyIsATransportError) {
    ProxySettings settings;
    settings.url = "http://127.0.0.1:" + std::to_string(free_port());
    auto rest = client(settings);
    EXPECT_THROW(run(rest.fetch_my_user()), HTTPTransportError);
}

}  // namespace
}  // namespace hikari::testing
