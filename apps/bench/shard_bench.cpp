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
#include <cstdlib>
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
        [&](std::exception_ptr e) { failed = e != nullptr; });
    while (received < count && !failed) io.run_one_for(100ms);
    boost::asio::co_spawn(io, shard.close(), boost::asio::detached);
    io.run_for(500ms);
    sandbox.stop();
    double seconds = std::chrono::duration<double>(end - start).count();
    if (failed || seconds <= 0) return {0, 0};
    return {static_cast<double>(count - 1) / seconds,
            static_cast<double>(json_bytes) / seconds / 1e6};
}

/// The bare limit: the same ~1 KB MESSAGE_CREATE frames, compressed once up front, then
/// inflated (uncompressed: taken in place) and envelope-parsed in a tight loop; best of 3.
Sample bare_run(hikari::GatewayCompression compression, const std::vector<std::string>& payloads) {
    hikari::sandbox::Compressor compressor{sandbox_mode(compression)};
    std::vector<std::string> frames;
    frames.reserve(payloads.size());
    for (const auto& p : payloads) {
        // Padded like the shard's read buffer, so uncompressed text is parsed in place too.
        std::string frame = compressor.compress(p);
        frame.reserve(frame.size() + hikari::gateway::TransportDecompressor::padding);
        frames.push_back(std::move(frame));
    }
    // Three passes, each with a fresh context (the frames are one stream), keeping the
    // fastest: the limit, as little disturbed by other load on the machine as we can get.
    Sample best{0, 0};
    for (int pass = 0; pass < 3; ++pass) {
        auto inflater = hikari::gateway::TransportDecompressor::create(compression);
        simdjson::ondemand::parser parser;
        simdjson::ondemand::document doc;
        std::uint64_t bytes = 0;
        std::uint64_t seq_sum = 0;
        auto start = Clock::now();
        for (const auto& frame : frames) {
            auto json = inflater->feed_padded(frame);
            bytes += json->size();
            seq_sum += hikari::gateway::read_envelope(parser, doc, *json).sequence.value_or(0);
        }
        double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        if (seq_sum == 0) std::fprintf(stderr, "bare run parsed nothing\n");
        const double rate = static_cast<double>(frames.size()) / seconds;
        if (rate > best.events_per_s) best = {rate, static_cast<double>(bytes) / seconds / 1e6};
    }
    return best;
}

/// `count` payloads made from one the sandbox sent (same fields, content and size), each with
/// its own sequence number and message id, as in a real flood.
std::vector<std::string> payloads_like(const std::string& sample, std::uint64_t count) {
    const std::string s_key = R"("s":)";
    const std::string id_key = R"("d":{"id":")";
    const auto s_at = sample.find(s_key);
    const auto s_end = sample.find(',', s_at);
    const auto id_at = sample.find(id_key);
    const auto id_end = sample.find('"', id_at + id_key.size());
    if (s_at == std::string::npos || s_end == std::string::npos || id_at == std::string::npos ||
        id_end == std::string::npos || !(s_end < id_at)) {
        std::fprintf(stderr, "unexpected flood payload shape\n");
        std::exit(1);
    }
    const std::string before_s = sample.substr(0, s_at + s_key.size());
    const std::string s_to_id = sample.substr(s_end, id_at + id_key.size() - s_end);
    const std::string after_id = sample.substr(id_end);
    const std::uint64_t first_id =
        std::stoull(sample.substr(id_at + id_key.size(), id_end - id_at - id_key.size()));
    std::vector<std::string> out;
    out.reserve(count);
    for (std::uint64_t i = 1; i <= count; ++i) {
        out.push_back(before_s + std::to_string(i) + s_to_id + std::to_string(first_id + i) +
                      after_id);
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::uint64_t count = argc > 1 ? std::stoull(argv[1]) : 200'000;
    int runs = argc > 2 ? std::stoi(argv[2]) : 5;
    const std::string only = argc > 3 ? argv[3] : "";
    hikari::log::configure(hikari::log::LogConfig::off());
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
            if (payloads.empty()) payloads = payloads_like(sample, count);
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
