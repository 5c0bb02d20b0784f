// The load test of issue 6: thousands of requests over mixed routes, with small per-route
// buckets and a low global limit. The sandbox must serve no 429 and see the requests arrive
// at no less than 90 % of the rate its limits allow, both read from its statistics.

#include "sandbox_fixture.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

namespace hikari::testing {
namespace {

// Limits chosen so the test takes ~10 s under AddressSanitizer: the global limit binds
// (5000 at 500/s need 9 s after the first window), the buckets are small but not the
// slowest (32 buckets of 20/s are 640/s, and each holds ~157 requests: 7 s).
constexpr int total_requests = 5000;
constexpr int global_limit = 500;
constexpr int bucket_limit = 20;
constexpr double bucket_window = 1.0;
constexpr int workers = 128;
constexpr int calibration_requests = 500;

class RateLimitLoadTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override {
        options.world.guilds = 4;
        options.world.channels_per_guild = 2;
        options.world.members_per_guild = 4;
        options.world.messages_per_channel = 1;
        // No limits until the calibration has run.
        options.global_rate_limit = 0;
        options.route_rate_limits = false;
    }
    void configure_client(RESTOptions& options) override { options.global_rate_limit = 0; }

    /// One job per (route, major parameter): each is its own bucket on the sandbox.
    std::vector<std::function<Task<void>(RESTClient&)>> mixed_jobs() {
        std::vector<std::function<Task<void>(RESTClient&)>> jobs;
        const auto world = control("GET", "/world");
        for (const auto& g : world.at("guilds").as_array()) {
            const Snowflake guild = Snowflake::parse(g.at("id").as_string());
            const Snowflake member = Snowflake::parse(g.at("members").as_array().at(0).as_string());
            jobs.emplace_back([guild](RESTClient& rest) -> Task<void> {
                auto roles = co_await rest.fetch_roles(guild);
                EXPECT_FALSE(roles.empty());
            });
            jobs.emplace_back([guild, member](RESTClient& rest) -> Task<void> {
                auto m = co_await rest.fetch_member(guild, member);
                EXPECT_TRUE(m.user.has_value());
            });
            for (const auto& c : g.at("channels").as_array()) {
                const Snowflake channel = Snowflake::parse(c.at("id").as_string());
                jobs.emplace_back([channel](RESTClient& rest) -> Task<void> {
                    auto ch = co_await rest.fetch_channel(channel);
                    EXPECT_EQ(ch.id, channel);
                });
                jobs.emplace_back([channel](RESTClient& rest) -> Task<void> {
                    co_await rest.fetch_pins(channel);
                });
                jobs.emplace_back([channel](RESTClient& rest) -> Task<void> {
                    co_await rest.fetch_messages_around(channel, channel, 1);
                });
            }
        }
        return jobs;
    }

    /// Runs `count` requests spread evenly over `jobs`, each job on its own share of the
    /// `workers` coroutines (as a bot's independent tasks would be), so that every bucket
    /// always has requests waiting and no worker waits on one bucket with a request that
    /// another could send; returns how many each job made.
    std::vector<int> drive(RESTClient& rest,
                           const std::vector<std::function<Task<void>(RESTClient&)>>& jobs,
                           int count) {
        std::vector<int> per_job(jobs.size(), 0);
        std::vector<int> left(jobs.size(), count / static_cast<int>(jobs.size()));
        for (int extra = 0; extra < count % static_cast<int>(jobs.size()); ++extra) ++left[extra];
        int done = 0;
        std::exception_ptr first_error;
        auto worker = [&](std::size_t j) -> Task<void> {
            while (left[j] > 0) {
                --left[j];
                ++per_job[j];
                co_await jobs[j](rest);
                ++done;
            }
        };
        for (int w = 0; w < workers; ++w) {
            const auto j = static_cast<std::size_t>(w) % jobs.size();
            boost::asio::co_spawn(io_, worker(j), [&](std::exception_ptr e) {
                if (e && !first_error) first_error = e;
            });
        }
        io_.restart();
        io_.run();
        if (first_error) std::rethrow_exception(first_error);
        EXPECT_EQ(done, count);
        return per_job;
    }
};

TEST_F(RateLimitLoadTest, MixedRoutesAtTheLimitsServeNo429AndKeepNinetyPercentThroughput) {
    const auto jobs = mixed_jobs();
    ASSERT_EQ(jobs.size(), 32U);

    // What this machine serves with no limits at all. Where that is not twice the global
    // limit (a machine busy with other work), requests reach the server late and unevenly:
    // the share would measure the machine rather than the client, and the jitter alone
    // pushes a window's arrivals over its limit. The test then says so and stops.
    drive(*rest_, jobs, calibration_requests);
    const double unlimited_rate =
        calibration_requests / control("GET", "/stats").at("rest").at("span_seconds").as_double();
    if (unlimited_rate < 2.0 * global_limit) {
        GTEST_SKIP() << "this machine serves only " << unlimited_rate
                     << " requests/s without limits, under twice the global limit of "
                     << global_limit << "/s";
    }

    for (const char* route : {"GET /channels/{channel_id}", "GET /channels/{channel_id}/pins",
                              "GET /channels/{channel_id}/messages", "GET /guilds/{guild_id}/roles",
                              "GET /guilds/{guild_id}/members/{user_id}"}) {
        control("POST", "/rest/limits",
                {{"route", route}, {"limit", bucket_limit}, {"reset_after", bucket_window}});
    }
    control("POST", "/rest/limits", {{"global", global_limit}});
    control("POST", "/stats/reset");
    RESTOptions options;
    options.rest_url = sandbox_->api_url();
    options.global_rate_limit = global_limit;
    RESTClient client(io_.get_executor(), Token::bot(sandbox_->token()), options);

    const auto per_job = drive(client, jobs, total_requests);

    const auto stats = control("GET", "/stats").at("rest");
    EXPECT_EQ(stats.at("rate_limited").to_number<std::uint64_t>(), 0U);
    EXPECT_EQ(stats.at("total").to_number<std::uint64_t>(),
              static_cast<std::uint64_t>(total_requests));
    EXPECT_EQ(client.stats().rate_limited_responses, 0U);

    // What the limits allow, sustained: the global limit, or all buckets together if they
    // allow less. Throughput is requests over the span from the first arrival to the last.
    const double span = stats.at("span_seconds").as_double();
    const double bucket_rate = static_cast<double>(jobs.size()) * bucket_limit / bucket_window;
    const double allowed = std::min(static_cast<double>(global_limit), bucket_rate);
    const double throughput = total_requests / span;
    const double share = throughput / allowed;
    // Stricter, for the record: the least time to completion, counting each limit's first
    // window as a free burst and the machine as infinitely fast (not asserted: at this
    // machine's serving speed the final window alone takes a good part of a second).
    const auto windows = [](int requests, int limit) {
        return std::ceil(static_cast<double>(requests) / limit) - 1;
    };
    double least = windows(total_requests, global_limit) * 1.0;
    for (int n : per_job) least = std::max(least, windows(n, bucket_limit) * bucket_window);
    RecordProperty("unlimited_rate", std::to_string(unlimited_rate));
    RecordProperty("share_of_limits", std::to_string(share));
    std::printf(
        "load: %d requests in %.3f s: %.1f requests/s, %.1f %% of the %.0f/s the limits allow "
        "(least time to completion %.1f s: %.1f %%); %.0f requests/s without limits\n",
        total_requests, span, throughput, share * 100, allowed, least, 100 * least / span,
        unlimited_rate);
    EXPECT_GE(share, 0.90);
}

}  // namespace
}  // namespace hikari::testing
