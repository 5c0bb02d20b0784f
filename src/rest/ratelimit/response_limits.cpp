#include "rest/ratelimit/response_limits.hpp"

#include <simdjson.h>

#include <charconv>
#include <cmath>

namespace hikari::rest {

namespace {

std::optional<double> to_double(std::string_view text) {
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || !std::isfinite(value) ||
        value < 0) {
        return std::nullopt;
    }
    return value;
}

std::optional<int> to_int(std::string_view text) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || value < 0) return std::nullopt;
    return value;
}

}  // namespace

ResponseLimits read_limits(const http::Response& response) {
    ResponseLimits out;
    // One pass over the fields (names are stored lower-cased); the first of each counts.
    enum : unsigned {
        bucket = 1U << 0U,
        limit = 1U << 1U,
        remaining = 1U << 2U,
        reset_after = 1U << 3U,
        reset = 1U << 4U,
        global = 1U << 5U,
        scope = 1U << 6U,
        retry_after = 1U << 7U,
    };
    unsigned seen = 0;
    auto first = [&](unsigned field) {
        if ((seen & field) != 0) return false;
        seen |= field;
        return true;
    };
    std::string_view retry_after_header;
    bool has_retry_after = false;
    response.headers.for_each([&](std::string_view name, std::string_view v) {
        if (name == "retry-after") {
            if (first(retry_after)) {
                retry_after_header = v;
                has_retry_after = true;
            }
            return;
        }
        constexpr std::string_view prefix = "x-ratelimit-";
        if (!name.starts_with(prefix)) return;
        name.remove_prefix(prefix.size());
        if (name == "bucket") {
            if (first(bucket) && !v.empty()) out.bucket = std::string(v);
        } else if (name == "limit") {
            if (first(limit)) out.limit = to_int(v);
        } else if (name == "remaining") {
            if (first(remaining)) out.remaining = to_int(v);
        } else if (name == "reset-after") {
            if (!first(reset_after)) return;
            if (auto d = to_double(v)) out.reset_after = std::chrono::duration<double>(*d);
        } else if (name == "reset") {
            if (first(reset)) out.reset_epoch = to_double(v);
        } else if (name == "global") {
            if (first(global)) out.global = v == "true" || v == "True";
        } else if (name == "scope") {
            if (!first(scope)) return;
            if (v == "user") out.scope = LimitScope::user;
            if (v == "global") out.scope = LimitScope::global;
            if (v == "shared") out.scope = LimitScope::shared;
        }
    });
    if (response.status != 429) return out;

    if (has_retry_after) {
        if (auto d = to_double(retry_after_header))
            out.retry_after = std::chrono::duration<double>(*d);
    }
    // The body's retry_after has millisecond precision, the header only whole seconds.
    simdjson::padded_string padded(response.body);
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document doc;
    if (parser.iterate(padded).get(doc) == simdjson::SUCCESS) {
        simdjson::ondemand::object object;
        if (doc.get_object().get(object) == simdjson::SUCCESS) {
            for (auto field : object) {
                std::string_view key;
                if (field.unescaped_key().get(key) != simdjson::SUCCESS) break;
                if (key == "retry_after") {
                    double seconds = 0;
                    if (field.value().get_double().get(seconds) == simdjson::SUCCESS &&
                        std::isfinite(seconds) && seconds >= 0) {
                        out.retry_after = std::chrono::duration<double>(seconds);
                    }
                } else if (key == "global") {
                    bool global = false;
                    if (field.value().get_bool().get(global) == simdjson::SUCCESS && global) {
                        out.global = true;
                    }
                }
            }
        }
    }
    if (out.scope == LimitScope::global) out.global = true;
    return out;
}

}  // namespace hikari::rest
