// hikari-bench-rest: issue 8's REST figures against an in-process hikari-sandbox.
//
// 1. The client's own overhead: COUNT fetch_channel calls with the sandbox's rate limits off,
//    1 and 16 in flight; requests/s, and CPU per request of the client's thread alone
//    (CLOCK_THREAD_CPUTIME_ID and getrusage(RUSAGE_THREAD) on the io_context's thread; the
//    sandbox runs on its own thread and is not counted). Floor: <= 10 µs of client CPU per
//    request.
// 2. Rate-limited throughput: bursts well over the configured limits (a route bucket per
//    channel, and the global limit), timed against the least time those limits allow, with
//    the 429s the client received (must be zero).
//
// Usage: hikari-bench-rest [count=20000] [runs=5] [--smoke]
// Prints markdown tables: medians of the runs with min – max.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/core/logging.hpp>
#include <hikari/rest/rest_client.hpp>
#include <hikari/sandbox/sandbox.hpp>

#include "control_client.hpp"
#include "summary.hpp"

#include <sys/resource.h>
#include <ctime>

#include <spdlog/spdlog.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <functional>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;
namespace json = boost::json;
using hikari::bench::summarise;
using hikari::bench::Summary;

/// CPU time of the calling thread, in seconds: the total from CLOCK_THREAD_CPUTIME_ID (exact),
/// and its user / system split from getrusage(RUSAGE_THREAD) (tick-sampled, so only the split
/// is taken from it).
struct ThreadCpu {
    double total = 0;
    double user = 0;
    double system = 0;

    static ThreadCpu now() {
        timespec clock{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &clock);
        rusage usage{};
        getrusage(RUSAGE_THREAD, &usage);
        auto seconds = [](const timeval& t) {
            return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
        };
        return {static_cast<double>(clock.tv_sec) + static_cast<double>(clock.tv_nsec) / 1e9,
                seconds(usage.ru_utime), seconds(usage.ru_stime)};
    }
};

/// Text channels of the sandbox's world, with one message each (posted through the control
/// API, so no REST bucket is spent on it).
struct Target {
    hikari::Snowflake channel;
    hikari::Snowflake message;
};

std::vector<Target> targets(std::uint16_t port) {
    const json::value world = json::parse(hikari::demo::get_json(port, "/_sandbox/world"));
    std::vector<Target> out;
    for (const auto& guild : world.at("guilds").as_array()) {
        for (const auto& channel : guild.at("channels").as_array()) {
            if (channel.at("type").as_int64() != 0) continue;
            const std::string id(channel.at("id").as_string());
            const json::value message = json::parse(hikari::demo::post_json(
                port, "/_sandbox/messages",
                json::serialize(json::object{{"channel_id", id}, {"content", "bench"}})));
            out.push_back({hikari::Snowflake::parse(id),
                           hikari::Snowflake::parse(message.at("id").as_string())});
        }
    }
    return out;
}

/// Runs `workers` coroutines on `io` until all finish; rethrows the first error.
void run_workers(boost::asio::io_context& io, int workers,
                 const std::function<hikari::Task<void>(int)>& worker) {
    std::exception_ptr error;
    int left = workers;
    for (int w = 0; w < workers; ++w) {
        boost::asio::co_spawn(io, worker(w), [&](const std::exception_ptr& e) {
            if (e && !error) error = e;
            --left;
        });
    }
    io.restart();
    while (left > 0) io.run_one();
    if (error) std::rethrow_exception(error);
}

hikari::RESTOptions rest_options(const hikari::sandbox::Sandbox& sandbox, int global_limit) {
    hikari::RESTOptions options;
    options.rest_url = sandbox.api_url();
    options.global_rate_limit = global_limit;
    return options;
}

struct Overhead {
    double requests_per_s = 0;
    double user_us = 0;    // per request
    double system_us = 0;  // per request
};

Overhead overhead_run(std::uint64_t count, int in_flight) {
    hikari::sandbox::SandboxOptions options;
    options.world.guilds = 1;
    options.global_rate_limit = 0;
    options.route_rate_limits = false;
    hikari::sandbox::Sandbox sandbox{options};
    sandbox.start();
    const auto channel = targets(sandbox.port()).front().channel;
    boost::asio::io_context io;
    hikari::RESTClient rest{io.get_executor(), hikari::Token{sandbox.token()},
                            rest_options(sandbox, 0)};
    // Warm-up: open the connections (and resolve the host) before measuring.
    run_workers(io, in_flight,
                [&](int) -> hikari::Task<void> { co_await rest.fetch_channel(channel); });
    const std::uint64_t per_worker = count / static_cast<std::uint64_t>(in_flight);
    const auto cpu_before = ThreadCpu::now();
    const auto start = Clock::now();
    run_workers(io, in_flight, [&](int) -> hikari::Task<void> {
        for (std::uint64_t i = 0; i < per_worker; ++i) co_await rest.fetch_channel(channel);
    });
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const auto cpu_after = ThreadCpu::now();
    const auto done = static_cast<double>(per_worker * static_cast<std::uint64_t>(in_flight));
    sandbox.stop();
    const double total = cpu_after.total - cpu_before.total;
    const double user = cpu_after.user - cpu_before.user;
    const double system = cpu_after.system - cpu_before.system;
    const double user_share = user + system > 0 ? user / (user + system) : 1.0;
    return {done / seconds, total * user_share / done * 1e6, total * (1 - user_share) / done * 1e6};
}

struct Limited {
    double seconds = 0;
    double least_seconds = 0;  // what the configured limits force
    std::size_t rate_limited = 0;
};

/// `windows` windows' worth of fetch_message calls on every text channel at once, each channel
/// its own message_read bucket of `limit` per `window`; the global limit off.
Limited route_run(unsigned limit, std::chrono::milliseconds window, unsigned windows) {
    hikari::sandbox::SandboxOptions options;
    options.world.guilds = 1;
    options.world.channels_per_guild = 5;  // four text channels, one voice
    options.global_rate_limit = 0;
    hikari::sandbox::Sandbox sandbox{options};
    sandbox.start();
    const auto channels = targets(sandbox.port());
    hikari::demo::post_json(sandbox.port(), "/_sandbox/rest/limits",
                            json::serialize(json::object{
                                {"bucket", "message_read"},
                                {"limit", limit},
                                {"reset_after", std::chrono::duration<double>(window).count()}}));
    boost::asio::io_context io;
    hikari::RESTClient rest{io.get_executor(), hikari::Token{sandbox.token()},
                            rest_options(sandbox, 0)};
    const auto per_channel = static_cast<int>(limit * windows);
    const auto start = Clock::now();
    run_workers(io, per_channel * static_cast<int>(channels.size()),
                [&](int w) -> hikari::Task<void> {
                    const Target& t = channels[static_cast<std::size_t>(w) % channels.size()];
                    co_await rest.fetch_message(t.channel, t.message);
                });
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    sandbox.stop();
    // The first `limit` go at once, then one window per further `limit`.
    return {seconds, std::chrono::duration<double>(window).count() * (windows - 1),
            rest.stats().rate_limited_responses};
}

/// `seconds_worth` seconds' worth of fetch_channel calls at once under a global limit of
/// `per_second` (the sandbox's and the client's), route buckets off.
Limited global_run(unsigned per_second, unsigned seconds_worth) {
    hikari::sandbox::SandboxOptions options;
    options.world.guilds = 1;
    options.global_rate_limit = per_second;
    options.route_rate_limits = false;
    hikari::sandbox::Sandbox sandbox{options};
    sandbox.start();
    const auto channel = targets(sandbox.port()).front().channel;
    boost::asio::io_context io;
    hikari::RESTClient rest{io.get_executor(), hikari::Token{sandbox.token()},
                            rest_options(sandbox, static_cast<int>(per_second))};
    const auto start = Clock::now();
    run_workers(io, static_cast<int>(per_second * seconds_worth),
                [&](int) -> hikari::Task<void> { co_await rest.fetch_channel(channel); });
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    sandbox.stop();
    return {seconds, static_cast<double>(seconds_worth - 1), rest.stats().rate_limited_responses};
}

std::string percent(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f %%", value);
    return buffer;
}

}  // namespace

int main(int argc, char** argv) {
    bool smoke = false;
    std::vector<std::string> positional;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--smoke") {
            smoke = true;
        } else {
            positional.push_back(arg);
        }
    }
    const std::uint64_t count = !positional.empty() ? std::stoull(positional[0]) : 20'000;
    const int runs = positional.size() > 1 ? std::stoi(positional[1]) : 5;
    // Read once at start-up, before any other thread exists.
    const char* logs = std::getenv("HIKARI_BENCH_LOGS");  // NOLINT(concurrency-mt-unsafe)
    hikari::log::configure(logs != nullptr ? hikari::log::LogConfig{logs}
                                           : hikari::log::LogConfig::off());
    if (logs == nullptr)
        spdlog::set_level(spdlog::level::off);  // the in-process sandbox logs its gateway at info
    bool ok = true;

    std::printf(
        "REST client overhead: %llu fetch_channel per run, sandbox limits off, %d runs; "
        "median (min – max)\n\n",
        static_cast<unsigned long long>(count), runs);
    std::printf(
        "| in flight | requests/s | client CPU µs/request (user + sys) | user µs | sys µs |\n"
        "|---:|---:|---:|---:|---:|\n");
    std::fflush(stdout);
    for (int in_flight : {1, 16}) {
        std::vector<double> rate;
        std::vector<double> total;
        std::vector<double> user;
        std::vector<double> sys;
        for (int r = 0; r < runs; ++r) {
            const Overhead o = overhead_run(count, in_flight);
            rate.push_back(o.requests_per_s);
            total.push_back(o.user_us + o.system_us);
            user.push_back(o.user_us);
            sys.push_back(o.system_us);
        }
        std::printf("| %d | %s | %s | %.2f | %.2f |\n", in_flight,
                    hikari::bench::median_range(summarise(rate)).c_str(),
                    hikari::bench::median_range(summarise(total), 2).c_str(),
                    summarise(user).median, summarise(sys).median);
        std::fflush(stdout);
    }

    // Smoke: small bursts (about a second in all); full: a few seconds each.
    const unsigned windows = smoke ? 3 : 12;
    const unsigned global_seconds = smoke ? 2 : 3;
    std::printf(
        "\nREST under rate limits, %d runs: least time the limits allow / time taken; "
        "median (min – max)\n\n",
        runs);
    std::printf(
        "| limit | requests | least time s | time taken s | share of the limit | 429s |\n"
        "|---|---:|---:|---:|---:|---:|\n");
    std::fflush(stdout);
    auto report = [&](const std::string& what, unsigned requests, std::vector<Limited> results) {
        std::vector<double> taken;
        std::vector<double> share;
        std::size_t rate_limited = 0;
        for (const auto& l : results) {
            taken.push_back(l.seconds);
            share.push_back(100.0 * l.least_seconds / l.seconds);
            rate_limited += l.rate_limited;
        }
        const Summary s = summarise(share);
        std::printf("| %s | %u | %.2f | %s | %s (%s – %s) | %zu |\n", what.c_str(), requests,
                    results.front().least_seconds,
                    hikari::bench::median_range(summarise(taken), 3).c_str(),
                    percent(s.median).c_str(), percent(s.min).c_str(), percent(s.max).c_str(),
                    rate_limited);
        std::fflush(stdout);
        ok = ok && rate_limited == 0;
    };
    {
        std::vector<Limited> results;
        results.reserve(static_cast<std::size_t>(runs));
        for (int r = 0; r < runs; ++r) results.push_back(route_run(5, 250ms, windows));
        report("message_read 5 per 0.25 s, 4 channels at once", 5 * windows * 4, results);
    }
    {
        std::vector<Limited> results;
        results.reserve(static_cast<std::size_t>(runs));
        for (int r = 0; r < runs; ++r) results.push_back(global_run(100, global_seconds));
        report("global 100 per s", 100 * global_seconds, results);
    }
    return ok ? 0 : 1;
}
