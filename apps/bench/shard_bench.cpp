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

#include "control_client.hpp"
#include "gateway/envelope.hpp"
#include "gateway/transport_decompressor.hpp"
#include "sandbox/gateway/compressor.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

struct Sample {
    double events_per_s;
    double mb_per_s;  // of decompressed JSON
};

struct Summary {
    double median;
    double min;
    double max;
};

Summary summarise(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.front(), v.back()};
}

hikari::sandbox::Compression sandbox_mode(hikari::GatewayCompression c) {
    switch (c) {
        case hikari::GatewayCompression::zlib_stream:
            return hikari::sandbox::Compression::zlib_stream;
        case hikari::GatewayCompression::zstd_stream:
            return hikari::sandbox::Compression::zstd_stream;
        case hikari::GatewayCompression::uncompressed:
            break;
    }
    return hikari::sandbox::Compression::none;
}

/// One run: a fresh sandbox and shard, K flood dispatches, time from request to the K-th.
Sample shard_run(hikari::GatewayCompression compression, std::uint64_t count) {
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
                                   json_bytes += d.payload.size();
                                   if (++received == count) end = Clock::now();
                               }};
    bool failed = false;
    boost::asio::co_spawn(
        io,
        [&]() -> hikari::Task<void> {
            co_await shard.start();
            start = Clock::now();
            hikari::demo::post_json(sandbox.port(), "/_sandbox/gateway/flood",
                                    R"({"count":)" + std::to_string(count) + "}");
        },
        [&](std::exception_ptr e) { failed = e != nullptr; });
    while (received < count && !failed) io.run_one_for(100ms);
    boost::asio::co_spawn(io, shard.close(), boost::asio::detached);
    io.run_for(500ms);
    sandbox.stop();
    double seconds = std::chrono::duration<double>(end - start).count();
    if (failed || seconds <= 0) return {0, 0};
    return {static_cast<double>(count) / seconds, static_cast<double>(json_bytes) / seconds / 1e6};
}

/// The bare limit: the same ~1 KB MESSAGE_CREATE frames, compressed once up front, then
/// inflated and envelope-parsed in a tight loop.
Sample bare_run(hikari::GatewayCompression compression, const std::vector<std::string>& payloads) {
    hikari::sandbox::Compressor compressor{sandbox_mode(compression)};
    std::vector<std::string> frames;
    frames.reserve(payloads.size());
    for (const auto& p : payloads) frames.push_back(compressor.compress(p));
    auto inflater = hikari::gateway::TransportDecompressor::create(compression);
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document doc;
    std::uint64_t bytes = 0;
    std::uint64_t seq_sum = 0;
    auto start = Clock::now();
    for (const auto& frame : frames) {
        auto json = inflater->feed(frame);
        bytes += json->size();
        seq_sum += hikari::gateway::read_envelope(parser, doc, *json).sequence.value_or(0);
    }
    double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (seq_sum == 0) std::fprintf(stderr, "bare run parsed nothing\n");
    return {static_cast<double>(frames.size()) / seconds,
            static_cast<double>(bytes) / seconds / 1e6};
}

/// ~1 KB MESSAGE_CREATE payloads shaped like the sandbox's flood frames.
std::vector<std::string> realistic_payloads(std::uint64_t count) {
    std::vector<std::string> out;
    out.reserve(count);
    const std::string filler(420, 'x');
    for (std::uint64_t i = 1; i <= count; ++i) {
        std::string id = std::to_string(1411908444864118821ULL + i);
        out.push_back(
            R"({"t":"MESSAGE_CREATE","s":)" + std::to_string(i) +
            R"(,"op":0,"d":{"type":0,"tts":false,"timestamp":"2026-11-25T21:00:00.000000+00:00","pinned":false,"mentions":[],"mention_roles":[],"mention_everyone":false,"member":{"roles":["1411867073637777410"],"premium_since":null,"pending":false,"nick":null,"mute":false,"joined_at":"2026-01-01T00:00:00.000000+00:00","flags":0,"deaf":false,"communication_disabled_until":null,"avatar":null},"id":")" +
            id + R"(","flags":0,"embeds":[],"edited_timestamp":null,"content":")" + filler +
            R"(","components":[],"channel_id":"1411908444864118821","author":{"username":"pixel_pal","public_flags":0,"id":"1411867073637777411","global_name":"Pixel Pal","discriminator":"0","avatar_decoration_data":null,"avatar":"a1b2c3d4e5f60718293a4b5c6d7e8f90"},"attachments":[],"guild_id":"1411864896328433660"}})");
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::uint64_t count = argc > 1 ? std::stoull(argv[1]) : 200'000;
    int runs = argc > 2 ? std::stoi(argv[2]) : 5;
    const std::string only = argc > 3 ? argv[3] : "";
    hikari::log::configure(hikari::log::LogConfig::off());
    auto payloads = realistic_payloads(count);
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
            auto s = shard_run(mode, count);
            auto b = bare_run(mode, payloads);
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
