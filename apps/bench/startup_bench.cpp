// hikari-bench-startup: issue 8's start-up figure. A GatewayBot starts 16 shards against an
// in-process hikari-sandbox recommending 16 shards, with max_concurrency 16 and with 1. The
// sandbox's identify interval is shortened to 100 ms and the bot's to 150 ms (the same rule as
// Discord's 5 s and the bot's default 5.5 s, scaled down so a run takes seconds); the time to
// all READY is what start() takes, and the identify timing is what the sandbox saw
// (GET /_sandbox/gateway/stats, "identifies": shard and unix time in ms).
//
// Usage: hikari-bench-startup [runs=5] [shards=16]
// Prints a markdown table: medians of the runs with min – max.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/bot/gateway_bot.hpp>
#include <hikari/core/logging.hpp>
#include <hikari/sandbox/gateway_options.hpp>
#include <hikari/sandbox/sandbox.hpp>

#include "control_client.hpp"
#include "summary.hpp"

#include <spdlog/spdlog.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;
namespace json = boost::json;
using hikari::bench::summarise;

constexpr auto sandbox_interval = 100ms;
constexpr auto bot_interval = 150ms;

struct Startup {
    double ready_seconds = 0;  // start() until it returned: every shard READY
    double identify_span = 0;  // first to last IDENTIFY the sandbox saw, seconds
    double largest_burst = 0;  // most IDENTIFYs within one sandbox interval
    bool ok = false;
};

bool drive(boost::asio::io_context& io, const bool& done, std::chrono::seconds limit) {
    const auto deadline = Clock::now() + limit;
    while (!done && Clock::now() < deadline) io.run_one_for(100ms);
    return done;
}

Startup startup_run(unsigned shards, unsigned max_concurrency) {
    hikari::sandbox::GatewayOptions gateway;
    gateway.recommended_shards = shards;
    gateway.max_concurrency = max_concurrency;
    gateway.identify_interval = sandbox_interval;
    hikari::sandbox::SandboxOptions options;
    options.world.guilds = shards;  // one guild per shard
    options.global_rate_limit = 0;
    options.route_rate_limits = false;
    options.gateway = std::make_shared<hikari::sandbox::GatewayOptions>(gateway);
    hikari::sandbox::Sandbox sandbox{options};
    sandbox.start();

    boost::asio::io_context io;
    hikari::GatewayBotSettings settings{.token = hikari::Token{sandbox.token()}};
    settings.intents = hikari::Intents::guilds | hikari::Intents::guild_messages;
    settings.rest_url = sandbox.api_url();
    settings.compression = hikari::GatewayCompression::zstd_stream;
    settings.logs = std::nullopt;
    settings.banner = false;
    settings.identify_interval = bot_interval;
    hikari::GatewayBot bot{io, settings};

    Startup out;
    bool started = false;
    bool failed = false;
    const auto start = Clock::now();
    boost::asio::co_spawn(io, bot.start(), [&](const std::exception_ptr& e) {
        started = true;
        failed = e != nullptr;
    });
    drive(io, started, 60s);
    out.ready_seconds = std::chrono::duration<double>(Clock::now() - start).count();
    out.ok = started && !failed && bot.shard_count() == shards;

    const json::value stats =
        json::parse(hikari::demo::get_json(sandbox.port(), "/_sandbox/gateway/stats"));
    std::vector<std::int64_t> times;
    for (const auto& identify : stats.at("identifies").as_array()) {
        times.push_back(identify.at("time").to_number<std::int64_t>());
    }
    std::sort(times.begin(), times.end());
    out.ok = out.ok && times.size() == shards;
    if (!times.empty()) out.identify_span = static_cast<double>(times.back() - times.front()) / 1e3;
    for (std::size_t i = 0; i < times.size(); ++i) {
        std::size_t j = i;
        while (j < times.size() && times[j] - times[i] < sandbox_interval.count()) ++j;
        out.largest_burst = std::max(out.largest_burst, static_cast<double>(j - i));
    }

    if (started && !failed) {
        bool closed = false;
        boost::asio::co_spawn(io, bot.close(), [&](const std::exception_ptr&) { closed = true; });
        drive(io, closed, 20s);
    }
    sandbox.stop();
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::stoi(argv[1]) : 5;
    const unsigned shards = argc > 2 ? static_cast<unsigned>(std::stoul(argv[2])) : 16;
    hikari::log::configure(hikari::log::LogConfig::off());
    spdlog::set_level(spdlog::level::off);  // the in-process sandbox logs its gateway at info
    std::printf(
        "Start-up: %u shards, sandbox identify interval %lld ms, bot identify_interval "
        "%lld ms, %d runs; median (min – max)\n\n",
        shards, static_cast<long long>(sandbox_interval.count()),
        static_cast<long long>(bot_interval.count()), runs);
    std::printf(
        "| max_concurrency | time to all READY s | first to last IDENTIFY s (sandbox) | "
        "least the bot's interval allows s | most IDENTIFYs in one sandbox interval |\n"
        "|---:|---:|---:|---:|---:|\n");
    std::fflush(stdout);
    bool ok = true;
    for (unsigned max_concurrency : {shards, 1U}) {
        std::vector<double> ready;
        std::vector<double> span;
        std::vector<double> burst;
        for (int r = 0; r < runs; ++r) {
            const Startup s = startup_run(shards, max_concurrency);
            ok = ok && s.ok;
            ready.push_back(s.ready_seconds);
            span.push_back(s.identify_span);
            burst.push_back(s.largest_burst);
        }
        const unsigned windows = (shards + max_concurrency - 1) / max_concurrency;
        const double least = std::chrono::duration<double>(bot_interval).count() * (windows - 1);
        std::printf("| %u | %s | %s | %.2f | %.0f |\n", max_concurrency,
                    hikari::bench::median_range(summarise(ready), 3).c_str(),
                    hikari::bench::median_range(summarise(span), 3).c_str(), least,
                    summarise(burst).max);
        std::fflush(stdout);
    }
    return ok ? 0 : 1;
}
