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
    if (auto v = response.header("x-ratelimit-bucket"); v && !v->empty()) out.bucket = *v;
    if (auto v = response.header("x-ratelimit-limit")) out.limit = to_int(*v);
    if (auto v = response.header("x-ratelimit-remaining")) out.remaining = to_int(*v);
    if (auto v = response.header("x-ratelimit-reset-after")) {
        if (auto d = to_double(*v)) out.reset_after = std::chrono::duration<double>(*d);
    }
    if (auto v = response.header("x-ratelimit-reset")) out.reset_epoch = to_double(*v);
    if (auto v = response.header("x-ratelimit-global")) out.global = *v == "true" || *v == "True";
    if (auto v = response.header("x-ratelimit-scope")) {
        if (*v == "user") out.scope = LimitScope::user;
        if (*v == "global") out.scope = LimitScope::global;
        if (*v == "shared") out.scope = LimitScope::shared;
    }
    if (response.status != 429) return out;

    if (auto v = response.header("retry-after")) {
        if (auto d = to_double(*v)) out.retry_after = std::chrono::duration<double>(*d);
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
