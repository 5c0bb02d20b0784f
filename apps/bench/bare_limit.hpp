#pragma once
// The bare limit of the gateway receive path, shared by hikari-bench-shard and
// hikari-bench-gateway: the same ~1 KB MESSAGE_CREATE frames the sandbox floods with,
// compressed once up front, then inflated (uncompressed: taken in place) and envelope-parsed
// with simdjson in a tight loop, with no library around it.

#include <hikari/gateway/compression.hpp>

#include "gateway/transport_decompressor.hpp"
#include "sandbox/gateway/compressor.hpp"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <simdjson.h>

namespace hikari::bench {

struct Sample {
    double events_per_s = 0;
    double mb_per_s = 0;  // of decompressed JSON
};

inline sandbox::Compression sandbox_mode(GatewayCompression c) {
    switch (c) {
        case GatewayCompression::zlib_stream:
            return sandbox::Compression::zlib_stream;
        case GatewayCompression::zstd_stream:
            return sandbox::Compression::zstd_stream;
        case GatewayCompression::uncompressed:
            break;
    }
    return sandbox::Compression::none;
}

/// The envelope as simdjson's on-demand API reads it with nothing of ours around it: op, s
/// and t, `d` walked over. Returns s.
inline std::uint64_t bare_envelope(simdjson::ondemand::parser& parser, std::string_view json) {
    auto doc = parser.iterate(json.data(), json.size(), json.size() + simdjson::SIMDJSON_PADDING);
    std::uint64_t sequence = 0;
    for (auto field : doc.get_object()) {
        const std::string_view key = field.unescaped_key().value();
        if (key == "s") {
            sequence = field.value().get_uint64().value();
        } else if (key == "op") {
            (void)field.value().get_int64().value();
        } else if (key == "t") {
            (void)field.value().get_raw_json_string().value();
        }
    }
    return sequence;
}

/// The whole payload parsed by simdjson's DOM parser (every value of `d` checked and put on
/// its tape), as issue 3's model benchmark measures a parse. Returns s.
inline std::uint64_t bare_document(simdjson::dom::parser& parser, std::string_view json) {
    simdjson::dom::element root;
    if (parser.parse(json.data(), json.size(), false).get(root) != simdjson::SUCCESS) return 0;
    std::uint64_t sequence = 0;
    if (root["s"].get(sequence) != simdjson::SUCCESS) return 0;
    return sequence;
}

/// What the bare loop does with each inflated payload.
enum class BareParse {
    envelope,  ///< on-demand: op, s and t read, `d` passed over (stage 1 checks it)
    document,  ///< DOM: the whole payload parsed
};

/// Inflate + parse over `payloads` compressed up front; the fastest of 3 passes (the limit,
/// as little disturbed by other load on the machine as we can get).
inline Sample bare_run(GatewayCompression compression, const std::vector<std::string>& payloads,
                       BareParse parse = BareParse::envelope) {
    using Clock = std::chrono::steady_clock;
    sandbox::Compressor compressor{sandbox_mode(compression)};
    std::vector<std::string> frames;
    frames.reserve(payloads.size());
    for (const auto& p : payloads) {
        // Padded like the shard's read buffer, so uncompressed text is parsed in place too.
        std::string frame = compressor.compress(p);
        frame.reserve(frame.size() + gateway::TransportDecompressor::padding);
        frames.push_back(std::move(frame));
    }
    Sample best;
    for (int pass = 0; pass < 3; ++pass) {
        // A fresh context per pass: the frames are one stream.
        auto inflater = gateway::TransportDecompressor::create(compression);
        simdjson::ondemand::parser parser;
        simdjson::dom::parser dom;
        std::uint64_t bytes = 0;
        std::uint64_t seq_sum = 0;
        const auto start = Clock::now();
        for (const auto& frame : frames) {
            auto json = inflater->feed_padded(frame);
            bytes += json->size();
            seq_sum += parse == BareParse::envelope ? bare_envelope(parser, *json)
                                                    : bare_document(dom, *json);
        }
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        if (seq_sum == 0) std::fprintf(stderr, "bare run parsed nothing\n");
        const double rate = static_cast<double>(frames.size()) / seconds;
        if (rate > best.events_per_s) best = {rate, static_cast<double>(bytes) / seconds / 1e6};
    }
    return best;
}

/// `count` payloads made from one the sandbox sent (same fields, content and size), each with
/// its own sequence number and message id, as in a real flood.
inline std::vector<std::string> payloads_like(const std::string& sample, std::uint64_t count) {
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

}  // namespace hikari::bench
