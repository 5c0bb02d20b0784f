#include "rest/client/json_read.hpp"

#include <hikari/core/errors_base.hpp>

#include <simdjson.h>

#include <cstring>
#include <functional>

namespace hikari::rest {

namespace od = simdjson::ondemand;

namespace {

[[noreturn]] void bad(std::string_view what, simdjson::error_code error) {
    throw ParseError("malformed " + std::string(what) +
                     " in a response: " + simdjson::error_message(error));
}

template <class T>
T get(simdjson::simdjson_result<T> result, std::string_view what) {
    T value{};
    if (auto error = std::move(result).get(value)) bad(what, error);
    return value;
}

/// Calls `field(key, value)` for each member of the object `json`.
void for_each_field(std::string_view json, std::string_view what,
                    const std::function<void(std::string_view, od::value)>& field) {
    simdjson::padded_string padded(json);
    od::parser parser;
    auto doc = get(parser.iterate(padded), what);
    auto object = get(doc.get_object(), what);
    for (auto member : object) {
        auto f = get(std::move(member), what);
        const std::string_view key = get(f.unescaped_key(), what);
        field(key, f.value());
    }
}

std::string string_of(od::value v, std::string_view what) {
    return std::string(get(v.get_string(), what));
}

/// The JSON text of a value of any type.
std::string_view raw_of(od::value v, std::string_view what) {
    switch (get(v.type(), what)) {
        case od::json_type::object:
            return get(get(v.get_object(), what).raw_json(), what);
        case od::json_type::array:
            return get(get(v.get_array(), what).raw_json(), what);
        default:
            return v.raw_json_token();
    }
}

bool is_null(od::value& v) {
    bool null = false;
    return v.is_null().get(null) == simdjson::SUCCESS && null;
}

}  // namespace

JsonArray::JsonArray(std::string_view json) {
    buffer_ = std::make_unique<char[]>(json.size() + simdjson::SIMDJSON_PADDING);
    std::memcpy(buffer_.get(), json.data(), json.size());
    std::memset(buffer_.get() + json.size(), 0, simdjson::SIMDJSON_PADDING);
    od::parser parser;
    auto doc =
        get(parser.iterate(buffer_.get(), json.size(), json.size() + simdjson::SIMDJSON_PADDING),
            "array");
    auto array = get(doc.get_array(), "array");
    for (auto element : array) {
        auto value = get(std::move(element), "array element");
        elements_.push_back(raw_of(value, "array element"));
    }
}

std::string parse_gateway_url(std::string_view json) {
    std::string url;
    for_each_field(json, "gateway", [&](std::string_view key, od::value v) {
        if (key == "url") url = string_of(v, "gateway url");
    });
    if (url.empty()) throw ParseError("the gateway response has no url");
    return url;
}

GatewayBotInfo parse_gateway_bot(std::string_view json) {
    GatewayBotInfo info;
    bool has_limit = false;
    for_each_field(json, "gateway/bot", [&](std::string_view key, od::value v) {
        if (key == "url") info.url = string_of(v, "url");
        if (key == "shards") info.shards = static_cast<std::int32_t>(get(v.get_int64(), "shards"));
        if (key == "session_start_limit") {
            has_limit = true;
            auto object = get(v.get_object(), "session_start_limit");
            for (auto member : object) {
                auto f = get(std::move(member), "session_start_limit");
                const std::string_view k = get(f.unescaped_key(), "session_start_limit");
                const auto n = get(f.value().get_int64(), "session_start_limit field");
                if (k == "total") info.session_start_limit.total = static_cast<std::int32_t>(n);
                if (k == "remaining") {
                    info.session_start_limit.remaining = static_cast<std::int32_t>(n);
                }
                if (k == "reset_after") {
                    info.session_start_limit.reset_after = std::chrono::milliseconds(n);
                }
                if (k == "max_concurrency") {
                    info.session_start_limit.max_concurrency = static_cast<std::int32_t>(n);
                }
            }
        }
    });
    if (info.url.empty() || !has_limit) {
        throw ParseError("the gateway/bot response lacks url or session_start_limit");
    }
    if (info.shards < 1) throw ParseError("the gateway/bot response has shards < 1");
    return info;
}

GuildBan parse_ban(std::string_view json) {
    GuildBan ban;
    bool has_user = false;
    for_each_field(json, "ban", [&](std::string_view key, od::value v) {
        if (key == "reason" && !is_null(v)) ban.reason = string_of(v, "ban reason");
        if (key == "user") {
            ban.user = from_json<User>(raw_of(v, "ban user"));
            has_user = true;
        }
    });
    if (!has_user) throw ParseError("a ban in the response has no user");
    return ban;
}

Webhook parse_webhook(std::string_view json) {
    Webhook hook = from_json<Webhook>(json);
    if (hook.id.value() == 0) throw ParseError("a webhook in the response has no id");
    return hook;
}

ApplicationCommand parse_command(std::string_view json) {
    ApplicationCommand command = from_json<ApplicationCommand>(json);
    if (command.id.value() == 0 || command.name.empty()) {
        throw ParseError("an application command in the response has no id or name");
    }
    return command;
}

std::optional<int> parse_prune_result(std::string_view json) {
    std::optional<int> pruned;
    bool seen = false;
    for_each_field(json, "prune result", [&](std::string_view key, od::value v) {
        if (key != "pruned") return;
        seen = true;
        if (!is_null(v)) pruned = static_cast<int>(get(v.get_int64(), "pruned"));
    });
    if (!seen) throw ParseError("the prune response has no pruned field");
    return pruned;
}

BulkBanResult parse_bulk_ban(std::string_view json) {
    BulkBanResult result;
    int lists = 0;
    for_each_field(json, "bulk ban result", [&](std::string_view key, od::value v) {
        std::vector<Snowflake>* out = key == "banned_users"   ? &result.banned_users
                                      : key == "failed_users" ? &result.failed_users
                                                              : nullptr;
        if (!out) return;
        ++lists;
        for (auto element : get(v.get_array(), key)) {
            const auto text = get(get(std::move(element), key).get_string(), key);
            const auto id = Snowflake::try_parse(text);
            if (!id) throw ParseError("a bulk ban result holds a non-snowflake id");
            out->push_back(*id);
        }
    });
    if (lists != 2) throw ParseError("the bulk ban response lacks banned_users or failed_users");
    return result;
}

VanityUrl parse_vanity_url(std::string_view json) {
    VanityUrl out;
    bool has_code = false;
    for_each_field(json, "vanity url", [&](std::string_view key, od::value v) {
        if (key == "code") {
            has_code = true;
            if (!is_null(v)) out.code = string_of(v, "vanity url code");
        } else if (key == "uses") {
            out.uses = get(v.get_int64(), "vanity url uses");
        }
    });
    if (!has_code) throw ParseError("the vanity url response has no code");
    return out;
}

RoleMemberCounts parse_role_member_counts(std::string_view json) {
    RoleMemberCounts out;
    for_each_field(json, "role member counts", [&](std::string_view key, od::value v) {
        const auto role = Snowflake::try_parse(key);
        if (!role) throw ParseError("role member counts: a key is not a snowflake");
        out[*role] = get(v.get_int64(), "role member count");
    });
    return out;
}

ScheduledEventUserCounts parse_scheduled_event_user_counts(std::string_view json) {
    ScheduledEventUserCounts out;
    bool has_count = false;
    std::string exceptions;
    for_each_field(json, "scheduled event user counts", [&](std::string_view key, od::value v) {
        if (key == "guild_scheduled_event_count") {
            out.users = get(v.get_int64(), "guild_scheduled_event_count");
            has_count = true;
        } else if (key == "guild_scheduled_event_exception_counts" && !is_null(v)) {
            exceptions = raw_of(v, "guild_scheduled_event_exception_counts");
        }
    });
    if (!has_count) throw ParseError("the user counts response has no guild_scheduled_event_count");
    if (!exceptions.empty()) {
        for_each_field(exceptions, "exception counts", [&](std::string_view key, od::value v) {
            const auto exception = Snowflake::try_parse(key);
            if (!exception) throw ParseError("exception counts: a key is not a snowflake");
            out.exceptions[*exception] = get(v.get_int64(), "exception count");
        });
    }
    return out;
}

MessagePin parse_message_pin(std::string_view json) {
    MessagePin pin;
    bool has_time = false;
    bool has_message = false;
    for_each_field(json, "message pin", [&](std::string_view key, od::value v) {
        if (key == "pinned_at") {
            const auto text = get(v.get_string(), "pinned_at");
            const auto time = try_parse_iso8601(text);
            if (!time) throw ParseError("pinned_at: expected an ISO8601 timestamp");
            pin.pinned_at = *time;
            has_time = true;
        } else if (key == "message") {
            pin.message = from_json<Message>(raw_of(v, "message"));
            has_message = true;
        }
    });
    if (!has_time || !has_message)
        throw ParseError("a pin in the response lacks pinned_at or message");
    return pin;
}

}  // namespace hikari::rest
