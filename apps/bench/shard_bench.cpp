// hikari-bench-shard: how many dispatches one GatewayShard takes from hikari-sandbox's flood
// mode per second, for each transport compression, next to the bare limit measured in the
// same run on the same kind of frames: inflate + envelope parse with nothing around it.
//
// Usage: hikari-bench-shard [count=200000] [runs=5] [none|zlib-stream|zstd-stream]
// (the third argument runs one mode only, e.g. under a profiler).
// Prints one line per mode: median/min/max events/s and MB/s of JSON, and our share of the
// bare limit.

#include <hikari/core/logging.hpp>
#include <hikari/gateway/shard.hpp>
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
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

using hikari::bench::Sample;
using hikari::bench::summarise;

/// One run: a fresh sandbox and shard, K flood dispatches; the clock runs from the first
/// dispatch handed on to the K-th (so the sandbox compressing the flood up front, and the
/// control request, are not counted).
/// `sample`, when empty, receives a copy of the first flood dispatch (before the clock starts).
Sample shard_run(hikari::GatewayCompression compression, std::uint64_t count, std::string& sample) {
    hikari::sandbox::SandboxOptions options;
    options.world.guilds = 1;
    options.global_rate_limit = 0;
    hikari::sandbox::Sandbox sandbox{options};
    sandbox.start();

    boost::asio::io_context io;
    std::uint64_t received = 0;
    std::uint64_t json_bytes = 0;
    Clock::time_point start;
    Clock::time_point end;
    hikari::GatewayShardSettings settings{.token = hikari::Token{sandbox.token()}};
    settings.intents = hikari::Intents::all_unprivileged() | hikari::Intents::message_content;
    settings.url = sandbox.gateway_url();
    settings.compression = compression;
    hikari::GatewayShard shard{io, settings,
                               [&](hikari::GatewayShard&, const hikari::GatewayDispatch& d) {
                                   if (d.name != "MESSAGE_CREATE") return;
                                   if (++received == 1) {
                                       if (sample.empty()) sample.assign(d.payload);
                                       start = Clock::now();
                                       return;
                                   }
                                   json_bytes += d.payload.size();
                                   if (received == count) end = Clock::now();
                               }};
    bool failed = false;
    boost::asio::co_spawn(
        io,
        [&]() -> hikari::Task<void> {
            co_await shard.start();
            hikari::demo::post_json(sandbox.port(), "/_sandbox/gateway/flood",
                                    R"({"count":)" + std::to_string(count) + "}");
        },
        [&](const std::exception_ptr& e) { failed = e != nullptr; });
    while (received < count && !failed) io.run_one_for(100ms);
    boost::asio::co_spawn(io, shard.close(), boost::asio::detached);
    io.run_for(500ms);
    sandbox.stop();
    double seconds = std::chrono::duration<double>(end - start).count();
    if (failed || seconds <= 0) return {0, 0};
    return {static_cast<double>(count - 1) / seconds,
            static_cast<double>(json_bytes) / seconds / 1e6};
}

}  // namespace

int main(int argc, char** argv) {
    std::uint64_t count = argc > 1 ? std::stoull(argv[1]) : 200'000;
    int runs = argc > 2 ? std::stoi(argv[2]) : 5;
    const std::string only = argc > 3 ? argv[3] : "";
    hikari::log::configure(hikari::log::LogConfig::off());
    spdlog::set_level(spdlog::level::off);  // the in-process sandbox logs its gateway at info
    std::string sample;  // the first flood dispatch seen; the bare runs use frames like it
    std::vector<std::string> payloads;
    std::printf("hikari-bench-shard: %llu MESSAGE_CREATE dispatches per run, %d runs, medians\n",
                static_cast<unsigned long long>(count), runs);
    std::printf("%-13s %14s %10s %14s %10s %8s\n", "compression", "shard ev/s", "MB/s", "bare ev/s",
                "MB/s", "share");
    for (auto mode :
         {hikari::GatewayCompression::uncompressed, hikari::GatewayCompression::zlib_stream,
          hikari::GatewayCompression::zstd_stream}) {
        if (!only.empty() && only != hikari::to_string(mode)) continue;
        std::vector<double> shard_ev;
        std::vector<double> shard_mb;
        std::vector<double> bare_ev;
        std::vector<double> bare_mb;
        for (int r = 0; r < runs; ++r) {  // interleaved, so both see the same machine noise
            auto s = shard_run(mode, count, sample);
            if (payloads.empty()) payloads = hikari::bench::payloads_like(sample, count);
            auto b = hikari::bench::bare_run(mode, payloads);
            shard_ev.push_back(s.events_per_s);
            shard_mb.push_back(s.mb_per_s);
            bare_ev.push_back(b.events_per_s);
            bare_mb.push_back(b.mb_per_s);
        }
        auto se = summarise(shard_ev);
        auto be = summarise(bare_ev);
        std::printf("%-13s %14.0f %10.1f %14.0f %10.1f %7.1f%%\n",
                    std::string(hikari::to_string(mode)).c_str(), se.median,
                    summarise(shard_mb).median, be.median, summarise(bare_mb).median,
                    100.0 * se.median / be.median);
        std::printf("%-13s   shard min/max %.0f / %.0f ev/s; bare min/max %.0f / %.0f ev/s\n", "",
                    se.min, se.max, be.min, be.max);
    }
    return 0;
}
