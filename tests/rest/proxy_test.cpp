// The proxy path: requests tunnelled through a real tinyproxy (HTTP CONNECT with Basic
// authentication), configured explicitly or through HTTPS_PROXY with trust_env.

#include "sandbox_fixture.hpp"
#include "tinyproxy.hpp"

#include <hikari/rest/transport_error.hpp>

namespace hikari::testing {
namespace {

using test::free_port;
using test::TinyProxy;

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
