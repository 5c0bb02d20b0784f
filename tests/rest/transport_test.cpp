// The HTTP transport on its own: TLS verification (CA file, host names, verify_ssl off)
// against the sandbox serving HTTPS, timeouts, redirects.

#include "certificates.hpp"
#include "rest/client/rest_impl.hpp"
#include "sandbox_fixture.hpp"

#include <hikari/rest/transport_error.hpp>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <thread>

namespace hikari::testing {
namespace {

namespace fs = std::filesystem;
namespace asio = boost::asio;
using test::Certificates;

class TlsTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override {
        options.tls_cert_path = certs_.cert(cert_name()).string();
        options.tls_key_path = certs_.key(cert_name()).string();
    }
    [[nodiscard]] virtual std::string cert_name() const { return "good"; }

    RESTClient client(HTTPSettings settings) {
        RESTOptions options;
        options.rest_url = sandbox_->api_url();
        options.http_settings = std::move(settings);
        options.max_retries = 0;
        return RESTClient(io_.get_executor(), Token::bot(sandbox_->token()), options);
    }

    void SetUp() override {
        // The fixture's own control client speaks plain HTTP; this sandbox only has HTTPS, so
        // the base SetUp cannot read /world. Start the sandbox alone.
        sandbox::SandboxOptions options;
        configure(options);
        sandbox_.emplace(options);
        sandbox_->start();
    }
    void TearDown() override { sandbox_->stop(); }

    Certificates certs_;
};

TEST_F(TlsTest, ServesHttps) {
    EXPECT_TRUE(sandbox_->api_url().starts_with("https://"));
}

TEST_F(TlsTest, UntrustedCertificateIsRefused) {
    auto rest = client({});
    try {
        run(rest.fetch_my_user());
        FAIL() << "expected HTTPTransportError";
    } catch (const HTTPTransportError& e) {
        EXPECT_NE(std::string(e.what()).find("TLS handshake"), std::string::npos) << e.what();
    }
}

TEST_F(TlsTest, TrustedThroughCaFile) {
    auto rest = client({.ca_file = certs_.cert("good")});
    EXPECT_EQ(run(rest.fetch_my_user()).bot, std::optional<bool>(true));
}

TEST_F(TlsTest, TrustFromACaFileStaysWithItsClient) {
    // Clients without a CA file share one store of the system's certificates; a client that
    // trusts an extra CA file must not add it to that shared store.
    auto before = client({});
    auto trusting = client({.ca_file = certs_.cert("good")});
    EXPECT_EQ(run(trusting.fetch_my_user()).bot, std::optional<bool>(true));
    auto after = client({});
    for (RESTClient* rest : {&before, &after}) {
        EXPECT_THROW(run(rest->fetch_my_user()), HTTPTransportError);
    }
}

TEST_F(TlsTest, VerificationOffAcceptsAnything) {
    auto rest = client({.verify_ssl = false});
    EXPECT_EQ(run(rest.fetch_my_user()).bot, std::optional<bool>(true));
}

TEST_F(TlsTest, MissingCaFileIsAValueError) {
    EXPECT_THROW((void)client({.ca_file = "/nonexistent/ca.pem"}), ValueError);
}

class TlsWrongHostTest : public TlsTest {
  protected:
    [[nodiscard]] std::string cert_name() const override { return "other"; }
};

TEST_F(TlsWrongHostTest, CertificateForAnotherHostIsRefused) {
    // Trusted issuer, but issued for elsewhere.test, not 127.0.0.1.
    auto rest = client({.ca_file = certs_.cert("other")});
    EXPECT_THROW(run(rest.fetch_my_user()), HTTPTransportError);
}

/// A loopback server answering each connection with a canned response, on its own thread.
class CannedServer {
  public:
    explicit CannedServer(std::string response, bool answer = true)
        : acceptor_(io_, {asio::ip::make_address("127.0.0.1"), 0}) {
        thread_ = std::thread([this, response = std::move(response), answer] {
            for (;;) {
                asio::ip::tcp::socket socket(io_);
                boost::system::error_code ec;
                acceptor_.accept(socket, ec);
                if (ec || stopping_) return;
                if (!answer) {
                    held_.push_back(std::move(socket));  // never answer
                    continue;
                }
                asio::streambuf request;
                asio::read_until(socket, request, "\r\n\r\n", ec);
                asio::write(socket, asio::buffer(response), ec);
            }
        });
    }
    ~CannedServer() {
        stopping_ = true;
        boost::system::error_code ec;
        asio::ip::tcp::socket poke(io_);
        poke.connect(acceptor_.local_endpoint(), ec);
        thread_.join();
    }
    CannedServer(const CannedServer&) = delete;
    CannedServer& operator=(const CannedServer&) = delete;

    [[nodiscard]] std::string url() const {
        return "http://127.0.0.1:" + std::to_string(acceptor_.local_endpoint().port());
    }

  private:
    asio::io_context io_;
    asio::ip::tcp::acceptor acceptor_;
    std::vector<asio::ip::tcp::socket> held_;
    std::atomic<bool> stopping_{false};
    std::thread thread_;
};

class TransportTest : public SandboxTest {};

TEST_F(TransportTest, ReadTimeoutIsATimeoutError) {
    CannedServer silent("", false);
    RESTOptions options;
    options.rest_url = silent.url() + "/api/v10";
    options.http_settings.read_timeout = std::chrono::milliseconds(200);
    options.max_retries = 0;
    RESTClient client(io_.get_executor(), Token::bot("x"), options);
    const auto start = std::chrono::steady_clock::now();
    EXPECT_THROW(run(client.fetch_my_user()), HTTPTimeoutError);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST_F(TransportTest, TotalTimeoutCapsTheRequest) {
    CannedServer silent("", false);
    RESTOptions options;
    options.rest_url = silent.url() + "/api/v10";
    options.http_settings.read_timeout = std::nullopt;
    options.http_settings.connect_timeout = std::chrono::milliseconds(300);
    options.http_settings.total_timeout = std::chrono::milliseconds(400);
    options.max_retries = 0;
    RESTClient client(io_.get_executor(), Token::bot("x"), options);
    EXPECT_THROW(run(client.fetch_my_user()), HTTPTimeoutError);
}

TEST_F(TransportTest, FollowsRedirects) {
    const std::string api = sandbox_->api_url();
    const std::string target = api.substr(0, api.find("/api/")) + "/_sandbox/stats";
    CannedServer redirect("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + target +
                          "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    rest::http::HttpClient http(io_.get_executor(), HTTPSettings{}, std::nullopt);
    rest::http::Request request;
    request.url = redirect.url() + "/somewhere";
    const auto response = run(http.send(request));
    EXPECT_EQ(response.status, 200U);
    EXPECT_EQ(response.url, rest::http::parse_url(target).str());

    rest::http::HttpClient no_follow(io_.get_executor(), HTTPSettings{.max_redirects = 0},
                                     std::nullopt);
    EXPECT_EQ(run(no_follow.send(request)).status, 307U);
}

TEST_F(TransportTest, RedirectToAnotherHostDropsAuthorization) {
    CannedServer redirect("HTTP/1.1 308 Permanent Redirect\r\nLocation: " + sandbox_->api_url() +
                          "/users/@me\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    rest::http::HttpClient http(io_.get_executor(), HTTPSettings{}, std::nullopt);
    rest::http::Request request;
    request.url = redirect.url() + "/users/@me";
    request.headers.emplace_back("Authorization", "Bot " + sandbox_->token());
    // The token would have been accepted; the sandbox saw none.
    EXPECT_EQ(run(http.send(request)).status, 401U);
}

TEST_F(TransportTest, StalePooledConnectionIsRetriedOnANewOne) {
    // Keep-alive by the headers, but the server closes every connection after answering: the
    // pooled connection is dead when reused.
    CannedServer closer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    rest::http::HttpClient http(io_.get_executor(), HTTPSettings{}, std::nullopt);
    rest::http::Request request;
    request.url = closer.url() + "/";
    EXPECT_EQ(run(http.send(request)).body, "ok");
    EXPECT_EQ(http.idle_count(), 1U);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(run(http.send(request)).body, "ok");
    EXPECT_EQ(http.connections_opened(), 2U);
}

TEST_F(TransportTest, RedirectLoopsStop) {
    CannedServer loop(
        "HTTP/1.1 302 Found\r\nLocation: /again\r\nContent-Length: 0\r\n"
        "Connection: close\r\n\r\n");
    rest::http::HttpClient http(io_.get_executor(), HTTPSettings{.max_redirects = 3}, std::nullopt);
    rest::http::Request request;
    request.url = loop.url() + "/start";
    EXPECT_THROW(run(http.send(request)), HTTPTransportError);
}

TEST_F(TransportTest, SendsTheDocumentedHeaders) {
    // The sandbox answers 401 without "Bot <token>"; a reason with spaces and non-ASCII must be
    // percent-encoded to be a valid header at all.
    run(rest_->delete_message(channel_, run(rest_->create_message(channel_, {.content = "x"})).id,
                              "spam cleanup \xC3\xA9"));
    EXPECT_EQ(sandbox_calls("DELETE /channels/{channel_id}/messages/{message_id}"), 1U);
    EXPECT_EQ(rest::user_agent, "DiscordBot (https://github.com/hikari-cpp, 0.1.0) hikari-cpp");
    EXPECT_EQ(rest::encode_component("spam cleanup \xC3\xA9"), "spam%20cleanup%20%C3%A9");
}

}  // namespace
}  // namespace hikari::testing
