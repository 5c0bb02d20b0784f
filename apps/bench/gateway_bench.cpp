// hikari-bench-gateway: issue 8's gateway end to end. A GatewayBot (default cache) takes
// COUNT ~1 KB MESSAGE_CREATE dispatches from hikari-sandbox's flood mode, once with one no-op
// MESSAGE_CREATE listener, once with no listener at all and once with neither listener nor
// cache (the library's own path, no model built), for each transport compression;
// in the same run, on frames made from the flood's own payload, the bare limit (inflate +
// simdjson envelope parse, nothing around it; bare_limit.hpp), and the same with simdjson's
// DOM parse of the whole payload in place of the envelope parse.
//
// Usage: hikari-bench-gateway [count=200000] [runs=5]
// Prints a markdown table: medians of the runs with min – max, and our share of the bare limit.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/bot/gateway_bot.hpp>
#include <hikari/core/logging.hpp>
#include <hikari/events/message_events.hpp>
#include <hikari/sandbox/sandbox.hpp>

#include "bare_limit.hpp"
#include "control_client.hpp"
#include "summary.hpp"

#include <spdlog/spdlog.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;
using hikari::bench::Sample;
using hikari::bench::summarise;
using hikari::bench::Summary;

hikari::sandbox::SandboxOptions sandbox_options() {
    hikari::sandbox::SandboxOptions options;
    options.world.guilds = 1;
    options.global_rate_limit = 0;
    options.route_rate_limits = false;
    return options;
}

/// Drives `io` until `done` or `limit`; false on a timeout.
bool drive(boost::asio::io_context& io, const bool& done, std::chrono::seconds limit) {
    const auto deadline = Clock::now() + limit;
    while (!done && Clock::now() < deadline) io.run_one_for(100ms);
    return done;
}

/// One run: a fresh sandbox and bot; the clock runs from the sandbox's answer to the flood
/// request until COUNT dispatches went through the bot (cache, listeners) and nothing is left
/// queued. Returns zeros when the run failed.
Sample bot_run(hikari::GatewayCompression compression, bool listener, bool cache,
               std::uint64_t count, std::size_t payload_bytes) {
    hikari::sandbox::Sandbox sandbox{sandbox_options()};
    sandbox.start();
    boost::asio::io_context io;
    hikari::GatewayBotSettings settings{.token = hikari::Token{sandbox.token()}};
    settings.intents = hikari::Intents::guilds | hikari::Intents::guild_messages |
                       hikari::Intents::message_content;
    settings.rest_url = sandbox.api_url();
    settings.compression = compression;
    settings.logs = std::nullopt;
    settings.banner = false;
    if (!cache) settings.cache_settings.components = hikari::CacheComponents::none;
    hikari::GatewayBot bot{io, settings};
    std::uint64_t seen = 0;
    std::optional<hikari::Subscription> subscription;
    if (listener) {
        subscription = bot.listen<hikari::MessageCreateEvent>(
            [&seen](const hikari::MessageCreateEvent&) { ++seen; });
    }

    bool started = false;
    bool failed = false;
    boost::asio::co_spawn(io, bot.start(), [&](const std::exception_ptr& e) {
        started = true;
        failed = e != nullptr;
    });
    if (!drive(io, started, 30s) || failed || bot.shards().empty()) {
        std::fprintf(stderr, "bot run: the bot did not start\n");
        return {};
    }
    const hikari::GatewayShard& shard = *bot.shards().begin()->second;
    io.poll();  // GUILD_CREATE and friends, before the baseline is taken
    const auto before = shard.stats();
    // The control request blocks this thread until the sandbox has answered, and with
    // transport compression it compresses the whole flood before answering: the clock starts
    // after that, so it times the bot taking the flood, not the sandbox making it.
    hikari::demo::post_json(sandbox.port(), "/_sandbox/gateway/flood",
                            R"({"count":)" + std::to_string(count) + "}");
    const auto start = Clock::now();
    const auto deadline = start + 120s;
    while (shard.stats().dispatches < before.dispatches + count && Clock::now() < deadline) {
        io.run_one_for(100ms);
    }
    while (io.poll() != 0) {  // listener tasks and cache updates still queued
    }
    const auto end = Clock::now();
    const auto last = shard.stats();

    bool closed = false;
    boost::asio::co_spawn(io, bot.close(), [&](const std::exception_ptr&) { closed = true; });
    drive(io, closed, 10s);
    sandbox.stop();
    if (last.dispatches < before.dispatches + count) {
        std::fprintf(stderr, "bot run: %llu of %llu dispatches arrived\n",
                     static_cast<unsigned long long>(last.dispatches - before.dispatches),
                     static_cast<unsigned long long>(count));
        return {};
    }
    if (listener && seen != count) {
        std::fprintf(stderr, "bot run: the listener saw %llu of %llu\n",
                     static_cast<unsigned long long>(seen), static_cast<unsigned long long>(count));
        return {};
    }
    const double seconds = std::chrono::duration<double>(end - start).count();
    if (seconds <= 0) return {};
    // The shard adds up its byte counters when a connection ends; the flood's payloads all
    // have the sample's size give or take a digit of their sequence number.
    const double rate = static_cast<double>(last.dispatches - before.dispatches) / seconds;
    return {rate, rate * static_cast<double>(payload_bytes) / 1e6};
}

/// The first flood dispatch a bare shard receives: the bare loop's frames are made from it.
std::string flood_sample(hikari::GatewayCompression compression) {
    hikari::sandbox::Sandbox sandbox{sandbox_options()};
    sandbox.start();
    boost::asio::io_context io;
    hikari::GatewayShardSettings settings{.token = hikari::Token{sandbox.token()}};
    settings.intents = hikari::Intents::guilds | hikari::Intents::guild_messages |
                       hikari::Intents::message_content;
    settings.url = sandbox.gateway_url();
    settings.compression = compression;
    std::string sample;
    hikari::GatewayShard shard{io, settings,
                               [&](hikari::GatewayShard&, const hikari::GatewayDispatch& d) {
                                   if (d.name == "MESSAGE_CREATE") sample.assign(d.payload);
                               }};
    bool failed = false;
    boost::asio::co_spawn(
        io,
        [&]() -> hikari::Task<void> {
            co_await shard.start();
            hikari::demo::post_json(sandbox.port(), "/_sandbox/gateway/flood", R"({"count":1})");
        },
        [&](const std::exception_ptr& e) { failed = e != nullptr; });
    const auto deadline = Clock::now() + 30s;
    while (sample.empty() && !failed && Clock::now() < deadline) io.run_one_for(100ms);
    boost::asio::co_spawn(io, shard.close(), boost::asio::detached);
    io.run_for(300ms);
    sandbox.stop();
    return sample;
}

std::string share(double ours, double bare) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f %%", bare > 0 ? 100.0 * ours / bare : 0.0);
    return buffer;
}

}  // namespace

int main(int argc, char** argv) {
    const std::uint64_t count = argc > 1 ? std::stoull(argv[1]) : 200'000;
    const int runs = argc > 2 ? std::stoi(argv[2]) : 5;
    // An optional third argument picks one compression (none, zlib-stream, zstd-stream), for
    // profiling one path at a time.
    const std::string only = argc > 3 ? argv[3] : "";
    hikari::log::configure(hikari::log::LogConfig::off());
    spdlog::set_level(spdlog::level::off);  // the in-process sandbox logs its gateway at info
    std::printf("Gateway end to end: %llu MESSAGE_CREATE per run, %d runs; median (min – max)\n\n",
                static_cast<unsigned long long>(count), runs);
    std::printf(
        "| compression | bot + listener events/s | MB/s | bot, no listener events/s | MB/s | "
        "bare events/s | MB/s | listener / bare | no listener / bare | "
        "bare with DOM parse events/s | listener / bare with DOM parse | "
        "bot, no cache, no listener events/s | no cache, no listener / bare |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    std::fflush(stdout);
    bool all_ok = true;
    for (auto mode :
         {hikari::GatewayCompression::uncompressed, hikari::GatewayCompression::zlib_stream,
          hikari::GatewayCompression::zstd_stream}) {
        if (!only.empty() && only != hikari::to_string(mode)) continue;
        const std::string sample = flood_sample(mode);
        if (sample.empty()) {
            std::fprintf(stderr, "no flood sample for %s\n",
                         std::string(hikari::to_string(mode)).c_str());
            return 1;
        }
        const auto payloads = hikari::bench::payloads_like(sample, count);
        std::vector<double> with_ev;
        std::vector<double> with_mb;
        std::vector<double> without_ev;
        std::vector<double> without_mb;
        std::vector<double> bare_ev;
        std::vector<double> bare_mb;
        std::vector<double> dom_ev;
        std::vector<double> bare_bot_ev;
        for (int r = 0; r < runs; ++r) {  // interleaved, so all of them see the same noise
            const Sample with = bot_run(mode, true, true, count, sample.size());
            const Sample without = bot_run(mode, false, true, count, sample.size());
            const Sample bare_bot = bot_run(mode, false, false, count, sample.size());
            const Sample bare = hikari::bench::bare_run(mode, payloads);
            const Sample dom =
                hikari::bench::bare_run(mode, payloads, hikari::bench::BareParse::document);
            all_ok = all_ok && with.events_per_s > 0 && without.events_per_s > 0 &&
                     bare_bot.events_per_s > 0;
            with_ev.push_back(with.events_per_s);
            with_mb.push_back(with.mb_per_s);
            without_ev.push_back(without.events_per_s);
            without_mb.push_back(without.mb_per_s);
            bare_ev.push_back(bare.events_per_s);
            bare_mb.push_back(bare.mb_per_s);
            dom_ev.push_back(dom.events_per_s);
            bare_bot_ev.push_back(bare_bot.events_per_s);
        }
        const Summary w = summarise(with_ev);
        const Summary wo = summarise(without_ev);
        const Summary b = summarise(bare_ev);
        const Summary d = summarise(dom_ev);
        const Summary nb = summarise(bare_bot_ev);
        std::printf("| %s | %s | %.1f | %s | %.1f | %s | %.1f | %s | %s | %s | %s | %s | %s |\n",
                    std::string(hikari::to_string(mode)).c_str(),
                    hikari::bench::median_range(w).c_str(), summarise(with_mb).median,
                    hikari::bench::median_range(wo).c_str(), summarise(without_mb).median,
                    hikari::bench::median_range(b).c_str(), summarise(bare_mb).median,
                    share(w.median, b.median).c_str(), share(wo.median, b.median).c_str(),
                    hikari::bench::median_range(d).c_str(), share(w.median, d.median).c_str(),
                    hikari::bench::median_range(nb).c_str(), share(nb.median, b.median).c_str());
        std::fflush(stdout);
    }
    return all_ok ? 0 : 1;
}
