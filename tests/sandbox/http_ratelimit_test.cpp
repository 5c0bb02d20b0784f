// Rate limits, fault injection and the invalid-request ban, over loopback.

#include <hikari/sandbox/sandbox.hpp>

#include <http_client.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>

namespace json = boost::json;
using hikari::sandbox::Sandbox;
using hikari::test::HttpClient;
using hikari::test::HttpResponse;

namespace {

class HttpRateLimits : public ::testing::Test {
  protected:
    void start(Sandbox::Options options = {}) {
        sandbox_ = std::make_unique<Sandbox>(options);
        sandbox_->start();
        client_ = std::make_unique<HttpClient>("127.0.0.1", sandbox_->port());
        const auto world = client_->request("GET", "/_sandbox/world").json();
        channel_ = world.at("guilds").at(0).at("channels").at(0).at("id").as_string();
        other_channel_ = world.at("guilds").at(0).at("channels").at(1).at("id").as_string();
    }
    HttpResponse api(const std::string& method, const std::string& path,
                     const std::string& body = {}) {
        return client_->bot(method, "/api/v10" + path, sandbox_->token(), body);
    }
    HttpResponse control(const std::string& path, const std::string& body) {
        return client_->request("POST", "/_sandbox" + path, body);
    }
    std::string post(const std::string& channel) {
        const auto r = api("POST", "/channels/" + channel + "/messages", R"({"content": "x"})");
        return r.status == 200 ? std::string(r.json().at("id").as_string()) : std::string();
    }

    std::unique_ptr<Sandbox> sandbox_;
    std::unique_ptr<HttpClient> client_;
    std::string channel_, other_channel_;
};

const std::string thumbs_up = "%F0%9F%91%8D";

}  // namespace

TEST_F(HttpRateLimits, EveryResponseCarriesBucketHeaders) {
    start();
    const auto r = api("GET", "/channels/" + channel_);
    ASSERT_EQ(r.status, 200u);
    for (const char* name : {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset",
                             "x-ratelimit-reset-after", "x-ratelimit-bucket"}) {
        EXPECT_TRUE(r.header(name).has_value()) << name;
    }
    const double reset = std::stod(*r.header("x-ratelimit-reset"));
    const double now =
        std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
    EXPECT_GT(reset, now - 1);
    EXPECT_LT(reset, now + 60);
    EXPECT_NE(r.header("x-ratelimit-reset")->find('.'), std::string::npos);
    EXPECT_EQ(r.header("x-ratelimit-bucket")->size(), 32u);
    EXPECT_FALSE(r.header("x-ratelimit-scope").has_value());
    // Errors inside a route still count against (and report) its bucket.
    EXPECT_TRUE(api("GET", "/channels/" + channel_ + "/messages/1")
                    .header("x-ratelimit-bucket")
                    .has_value());
}

TEST_F(HttpRateLimits, DefaultMessageBucketGives429OnTheSixthPost) {
    start();
    for (int i = 0; i < 5; ++i) ASSERT_FALSE(post(channel_).empty()) << i;
    const auto r = api("POST", "/channels/" + channel_ + "/messages", R"({"content": "x"})");
    ASSERT_EQ(r.status, 429u);
    const auto body = r.json().as_object();
    EXPECT_EQ(body.at("message").as_string(), "You are being rate limited.");
    EXPECT_FALSE(body.at("global").as_bool());
    EXPECT_GT(body.at("retry_after").to_number<double>(), 0.0);
    EXPECT_EQ(r.header("x-ratelimit-scope"), "user");
    EXPECT_EQ(r.header("x-ratelimit-remaining"), "0");
    EXPECT_TRUE(r.header("retry-after").has_value());
    // Another channel is another bucket.
    EXPECT_FALSE(post(other_channel_).empty());
}

TEST_F(HttpRateLimits, ReactionRoutesShareOneBucketPerChannel) {
    Sandbox::Options options;
    start(options);
    const std::string message = post(channel_);
    const std::string other_message = post(other_channel_);
    const auto set =
        control("/rest/limits", R"({"bucket": "reactions", "limit": 2, "reset_after": 30})");
    ASSERT_EQ(set.status, 200u) << set.body;
    const std::string base =
        "/channels/" + channel_ + "/messages/" + message + "/reactions/" + thumbs_up;
    const auto put = api("PUT", base + "/@me");
    const auto del = api("DELETE", base + "/@me");
    EXPECT_EQ(put.status, 204u);
    EXPECT_EQ(del.status, 204u);
    EXPECT_EQ(put.header("x-ratelimit-bucket"), del.header("x-ratelimit-bucket"));
    EXPECT_EQ(put.header("x-ratelimit-bucket"), std::string(set.json().at("bucket").as_string()));
    EXPECT_EQ(del.header("x-ratelimit-remaining"), "0");
    const auto limited = api("PUT", base + "/@me");
    EXPECT_EQ(limited.status, 429u);
    EXPECT_GT(limited.json().at("retry_after").to_number<double>(), 20.0);
    const std::string other = "/channels/" + other_channel_ + "/messages/" + other_message +
                              "/reactions/" + thumbs_up + "/@me";
    EXPECT_EQ(api("PUT", other).status, 204u);
    // A different bucket on the same channel is unaffected.
    EXPECT_EQ(api("GET", "/channels/" + channel_ + "/messages/" + message).status, 200u);
}

TEST_F(HttpRateLimits, LimitsCanBeSetByRouteAndRefill) {
    start();
    const auto set =
        control("/rest/limits",
                R"({"route": "GET /channels/{channel_id}", "limit": 1, "reset_after": 0.3})");
    ASSERT_EQ(set.status, 200u) << set.body;
    EXPECT_EQ(api("GET", "/channels/" + channel_).status, 200u);
    EXPECT_EQ(api("GET", "/channels/" + channel_).status, 429u);
    std::this_thread::sleep_for(std::chrono::milliseconds(350));
    EXPECT_EQ(api("GET", "/channels/" + channel_).status, 200u);
}

TEST_F(HttpRateLimits, RouteLimitsOffAdvertiseNoBucket) {
    // A client obeys the headers it is sent; with route limits off there is no limit to obey.
    Sandbox::Options options;
    options.global_rate_limit = 0;
    options.route_rate_limits = false;
    start(options);
    for (int i = 0; i < 8; ++i) {  // more than any default bucket allows
        const auto r = api("GET", "/channels/" + channel_);
        ASSERT_EQ(r.status, 200u);
        EXPECT_FALSE(r.header("x-ratelimit-bucket").has_value());
        EXPECT_FALSE(r.header("x-ratelimit-remaining").has_value());
    }
}

TEST_F(HttpRateLimits, GlobalLimitAppliesAcrossRoutes) {
    Sandbox::Options options;
    options.global_rate_limit = 3;
    options.route_rate_limits = false;
    start(options);
    EXPECT_EQ(api("GET", "/users/@me").status, 200u);
    EXPECT_EQ(api("GET", "/channels/" + channel_).status, 200u);
    EXPECT_EQ(api("GET", "/gateway/bot").status, 200u);
    const auto r = api("GET", "/users/@me");
    ASSERT_EQ(r.status, 429u);
    EXPECT_TRUE(r.json().at("global").as_bool());
    EXPECT_EQ(r.header("x-ratelimit-global"), "true");
    EXPECT_EQ(r.header("x-ratelimit-scope"), "global");
    std::this_thread::sleep_for(std::chrono::milliseconds(1050));
    EXPECT_EQ(api("GET", "/users/@me").status, 200u);
}

TEST_F(HttpRateLimits, FaultsAnswerTheNextCalls) {
    Sandbox::Options options;
    options.route_rate_limits = false;
    start(options);
    ASSERT_EQ(control("/rest/faults", R"({"count": 2, "status": 503})").status, 200u);
    EXPECT_EQ(api("GET", "/users/@me").status, 503u);
    EXPECT_EQ(api("GET", "/users/@me").status, 503u);
    EXPECT_EQ(api("GET", "/users/@me").status, 200u);
    ASSERT_EQ(control("/rest/faults",
                      R"({"count": 1, "status": 429, "retry_after": 2.5, "global": true})")
                  .status,
              200u);
    const auto r = api("GET", "/users/@me");
    EXPECT_EQ(r.status, 429u);
    EXPECT_DOUBLE_EQ(r.json().at("retry_after").to_number<double>(), 2.5);
    EXPECT_TRUE(r.json().at("global").as_bool());
    EXPECT_EQ(r.header("retry-after"), "3");
    const auto stats = client_->request("GET", "/_sandbox/stats").json();
    EXPECT_EQ(stats.at("rest").at("faults_served").as_int64(), 3);
    EXPECT_EQ(stats.at("rest").at("calls").at("GET /users/@me").as_int64(), 4);
}

TEST_F(HttpRateLimits, ControlValidatesItsInput) {
    start();
    const auto status = control("/rest/faults", R"({"count": 1, "status": 418})");
    EXPECT_EQ(status.status, 400u);
    EXPECT_EQ(status.json().at("code").as_int64(), 50035);
    EXPECT_TRUE(status.json().at("errors").as_object().contains("status"));
    EXPECT_EQ(control("/rest/faults", R"({"status": 500})").json().at("code").as_int64(), 50035);
    const auto route = control("/rest/limits", R"({"route": "GET /nowhere", "limit": 1})");
    EXPECT_TRUE(route.json().at("errors").as_object().contains("route"));
    const auto bucket = control("/rest/limits", R"({"bucket": "nope", "limit": 1})");
    EXPECT_TRUE(bucket.json().at("errors").as_object().contains("bucket"));
    EXPECT_EQ(control("/rest/limits", R"({"limit": 1})").status, 400u);
    EXPECT_EQ(control("/rest/limits", "{bad json").json().at("code").as_int64(), 50109);
}

TEST_F(HttpRateLimits, TooManyInvalidRequestsGetACloudflareBan) {
    start();
    ASSERT_EQ(control("/rest/limits", R"({"invalid_requests": 3})").status, 200u);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(client_->request("GET", "/api/v10/users/@me").status, 401u);
    const auto banned = api("GET", "/users/@me");
    EXPECT_EQ(banned.status, 429u);
    EXPECT_NE(banned.header("content-type")->find("text/html"), std::string::npos);
    EXPECT_FALSE(banned.header("x-ratelimit-bucket").has_value());
    EXPECT_NE(banned.body.find("1015"), std::string::npos);
    const auto stats = client_->request("GET", "/_sandbox/stats");
    ASSERT_EQ(stats.status, 200u);  // the control API stays reachable
    EXPECT_EQ(stats.json().at("rest").at("invalid_requests").as_int64(), 3);
    EXPECT_GE(stats.json().at("rest").at("cloudflare_bans").as_int64(), 1);
}

TEST_F(HttpRateLimits, InteractionCallbacksIgnoreTheGlobalLimit) {
    Sandbox::Options options;
    options.global_rate_limit = 1;
    start(options);
    EXPECT_EQ(api("GET", "/users/@me").status, 200u);
    EXPECT_EQ(api("GET", "/users/@me").status, 429u);
    const auto i =
        client_
            ->request("POST", "/_sandbox/interactions", R"({"channel_id": ")" + channel_ + R"("})")
            .json();
    const auto r = client_->request("POST",
                                    "/api/v10/interactions/" + std::string(i.at("id").as_string()) +
                                        "/" + std::string(i.at("token").as_string()) + "/callback",
                                    R"({"type": 4, "data": {"content": "pong"}})");
    EXPECT_EQ(r.status, 204u) << r.body;
}
