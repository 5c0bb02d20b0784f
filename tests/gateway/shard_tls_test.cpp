// GatewayShard over wss:// against a hikari-sandbox serving TLS with a self-signed
// certificate: trusted through a CA file it works, including a resume after a dropped
// connection; untrusted, or issued for another host, it is refused at once.
#include "certificates.hpp"
#include "shard_fixture.hpp"

using namespace hikari;
using namespace hikari::test;

class ShardTls : public ShardTest {
  protected:
    void start_tls_sandbox(const std::string& cert) {
        sandbox::SandboxOptions options;
        options.world = world(2);
        options.route_rate_limits = false;
        options.global_rate_limit = 0;
        options.tls_cert_path = certs_.cert(cert).string();
        options.tls_key_path = certs_.key(cert).string();
        launch_sandbox(options);
    }

    GatewayShardSettings tls_settings(const std::string& trusted) {
        auto s = settings();
        if (!trusted.empty()) s.ca_file = certs_.cert(trusted).string();
        return s;
    }

    Certificates certs_;
};

TEST_F(ShardTls, ConnectsOverWssWithTheCertificateTrustedThroughACaFile) {
    start_tls_sandbox("good");
    ASSERT_TRUE(sandbox_->gateway_url().starts_with("wss://")) << sandbox_->gateway_url();
    Received got;
    auto s = tls_settings("good");
    s.compression = GatewayCompression::zstd_stream;
    auto shard = make_shard(s, got);
    run([&]() -> Task<void> {
        co_await shard->start();
        co_await until([&] { return got.count("GUILD_CREATE") == 2; });
        co_await shard->close();
    });
    ASSERT_FALSE(got.names.empty());
    EXPECT_EQ(got.names.front(), "READY");
    EXPECT_EQ(shard->stats().connects, 1U);
    // The sandbox saw one identify, over the relay from its TLS listener.
    EXPECT_EQ(gateway_stats().at("identifies").as_array().size(), 1U);
}

TEST_F(ShardTls, ADroppedWssConnectionResumesOverWss) {
    start_tls_sandbox("good");
    Received got;
    auto shard = make_shard(tls_settings("good"), got);
    run([&]() -> Task<void> {
        co_await shard->start();
        co_await until([&] { return got.count("GUILD_CREATE") == 2; });
        control("POST", "/gateway/close", {});  // TCP cut, no close frame, no close_notify
        co_await until([&] { return got.count("RESUMED") == 1; });
        co_await shard->close();
    });
    EXPECT_EQ(shard->stats().identifies, 1U);
    EXPECT_EQ(shard->stats().resumes, 1U);
    EXPECT_EQ(shard->stats().connects, 2U);
    for (std::size_t i = 0; i < got.sequences.size(); ++i) EXPECT_EQ(got.sequences[i], i + 1);
}

TEST_F(ShardTls, AnUntrustedCertificateIsRefusedAtOnce) {
    start_tls_sandbox("good");
    Received got;
    auto shard = make_shard(tls_settings(""), got);  // the system's CAs only
    const auto began = std::chrono::steady_clock::now();
    run([&]() -> Task<void> {
        try {
            co_await shard->start();
            ADD_FAILURE() << "a self-signed certificate was accepted";
        } catch (const GatewayCertificateError& e) {
            EXPECT_NE(std::string(e.what()).find("not trusted"), std::string::npos) << e.what();
        }
    });
    // No backoff rounds: an untrusted certificate does not become trusted by waiting.
    EXPECT_LT(std::chrono::steady_clock::now() - began, 2s);
    EXPECT_TRUE(got.names.empty());
    EXPECT_TRUE(gateway_stats().at("identifies").as_array().empty());
}

TEST_F(ShardTls, ACertificateForAnotherHostIsRefused) {
    start_tls_sandbox("other");  // valid for elsewhere.test only
    Received got;
    auto shard = make_shard(tls_settings("other"), got);
    run([&]() -> Task<void> { EXPECT_THROW(co_await shard->start(), GatewayCertificateError); });
    EXPECT_TRUE(got.names.empty());
}

TEST_F(ShardTls, VerificationCanBeSwitchedOffExplicitly) {
    start_tls_sandbox("other");
    Received got;
    auto s = tls_settings("");
    s.verify_tls = false;
    auto shard = make_shard(s, got);
    run([&]() -> Task<void> {
        co_await shard->start();
        co_await shard->close();
    });
    ASSERT_FALSE(got.names.empty());
    EXPECT_EQ(got.names.front(), "READY");
}
