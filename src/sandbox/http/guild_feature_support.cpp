#include "sandbox/http/guild_feature_support.hpp"

#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/routes.hpp"

#include <chrono>

namespace hikari::sandbox {

std::string now_timestamp() {
    return World::iso_timestamp(
        std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now()));
}

std::optional<std::string> audit_log_reason(Call& call) {
    if (const auto* r = call.request().header("x-audit-log-reason")) return *r;
    return std::nullopt;
}

void raise_unknown(int code, std::string message) {
    throw ApiError(404, code, std::move(message));
}

std::optional<std::string> check_data_uri(FormErrors& errors, const boost::json::object& body,
                                          std::string_view key,
                                          std::initializer_list<std::string_view> mime_types,
                                          std::size_t max_bytes, bool required) {
    const auto* value = body.if_contains(key);
    if (!value || value->is_null()) {
        if (required) errors.add(key, "BASE_TYPE_REQUIRED", "This field is required");
        return std::nullopt;
    }
    const auto invalid = [&] {
        errors.add(key, "BINARY_TYPE_INVALID_IMAGE", "Invalid image data");
        return std::nullopt;
    };
    if (!value->is_string()) return invalid();
    const std::string_view text = value->get_string();
    constexpr std::string_view prefix = "data:";
    const auto marker = text.find(";base64,");
    if (!text.starts_with(prefix) || marker == std::string_view::npos) return invalid();
    const std::string mime(text.substr(prefix.size(), marker - prefix.size()));
    bool allowed = false;
    for (const auto m : mime_types) allowed = allowed || mime == m;
    if (!allowed) return invalid();
    const std::string_view payload = text.substr(marker + 8);
    if (payload.empty() || payload.size() % 4 != 0) return invalid();
    for (const char c : payload) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
        if (!ok) return invalid();
    }
    std::size_t bytes = payload.size() / 4 * 3;
    if (payload.ends_with("==")) {
        bytes -= 2;
    } else if (payload.ends_with("=")) {
        bytes -= 1;
    }
    if (bytes > max_bytes) throw ApiError(400, 50045, "File uploaded exceeds the maximum size");
    return mime;
}

int channel_type(const boost::json::object& channel) {
    return channel.at("type").to_number<int>();
}

bool is_thread(const boost::json::object& channel) {
    const int type = channel_type(channel);
    return type == 10 || type == 11 || type == 12;
}

void define_feature_buckets(RateLimiter& limiter) {
    using std::chrono::milliseconds;
    limiter.define("threads", {10, milliseconds(10000)});
    limiter.define("thread_members", {10, milliseconds(10000)});
    limiter.define("invites", {5, milliseconds(15000)});
    limiter.define("emojis", {5, milliseconds(60000)});
    limiter.define("application_emojis", {5, milliseconds(60000)});
    limiter.define("stickers", {5, milliseconds(60000)});
    limiter.define("scheduled_events", {5, milliseconds(10000)});
    limiter.define("stage_instances", {5, milliseconds(10000)});
    limiter.define("voice_states", {5, milliseconds(5000)});
    limiter.define("polls", {5, milliseconds(5000)});
    limiter.define("soundboard", {5, milliseconds(10000)});
}

void add_feature_control_routes(Router& control) {
    control.add("POST", "/scheduled-events/users", "", control_add_event_user);
    control.add("POST", "/voice-states", "", control_set_voice_state);
    control.add("POST", "/poll-votes", "", control_cast_vote);
}

}  // namespace hikari::sandbox
