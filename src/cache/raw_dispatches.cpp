#include "cache/raw_dispatches.hpp"

#include <hikari/model/entity_factory.hpp>
#include <hikari/model/json_error.hpp>

#include <simdjson.h>

namespace hikari::cache_detail {

namespace {

namespace dom = simdjson::dom;

[[noreturn]] void fail(std::string_view key, const std::string& reason) {
    throw JsonError("d." + std::string(key), reason);
}

dom::object read_d(dom::parser& parser, std::string_view payload) {
    dom::element root;
    if (auto error = parser.parse(payload.data(), payload.size()).get(root)) {
        throw JsonError("", simdjson::error_message(error));
    }
    dom::object d;
    if (root["d"].get_object().get(d)) throw JsonError("d", "expected an object");
    return d;
}

std::optional<dom::element> find(dom::object object, std::string_view key) {
    dom::element value;
    if (object[key].get(value)) return std::nullopt;
    if (value.is_null()) return std::nullopt;
    return value;
}

Snowflake snowflake(dom::object object, std::string_view key) {
    std::string_view text;
    if (object[key].get_string().get(text)) fail(key, "expected a snowflake");
    auto id = Snowflake::try_parse(text);
    if (!id) fail(key, "expected a snowflake");
    return *id;
}

std::optional<Snowflake> opt_snowflake(dom::object object, std::string_view key) {
    if (!find(object, key)) return std::nullopt;
    return snowflake(object, key);
}

std::optional<std::int32_t> opt_int(dom::object object, std::string_view key) {
    auto value = find(object, key);
    if (!value) return std::nullopt;
    std::int64_t number = 0;
    if (value->get_int64().get(number)) fail(key, "expected an integer");
    return static_cast<std::int32_t>(number);
}

std::optional<Timestamp> opt_timestamp(dom::object object, std::string_view key) {
    auto value = find(object, key);
    if (!value) return std::nullopt;
    std::string_view text;
    if (value->get_string().get(text)) fail(key, "expected a timestamp");
    auto time = try_parse_iso8601(text);
    if (!time) fail(key, "expected a timestamp");
    return time;
}

std::string id_object(Snowflake id) {
    return R"({"id":")" + id.to_string() + "\"}";
}

}  // namespace

InviteCreate read_invite_create(std::string_view payload) {
    dom::parser parser;
    const dom::object d = read_d(parser, payload);
    InviteCreate out;
    out.guild_id = opt_snowflake(d, "guild_id");
    out.channel_id = snowflake(d, "channel_id");
    Invite& invite = out.invite;
    invite.type = InviteType::guild;
    std::string_view code;
    if (d["code"].get_string().get(code)) fail("code", "expected a string");
    invite.code = std::string(code);
    if (out.guild_id) invite.guild = id_object(*out.guild_id);
    invite.channel = id_object(out.channel_id);
    if (auto inviter = find(d, "inviter")) {
        invite.inviter = from_json<User>(simdjson::to_string(*inviter));
    }
    if (auto type = opt_int(d, "target_type")) {
        invite.target_type = static_cast<InviteTargetType>(*type);
    }
    if (auto user = find(d, "target_user")) {
        invite.target_user = from_json<User>(simdjson::to_string(*user));
    }
    if (auto application = find(d, "target_application")) {
        invite.target_application = simdjson::to_string(*application);
    }
    invite.uses = opt_int(d, "uses");
    invite.max_uses = opt_int(d, "max_uses");
    invite.max_age = opt_int(d, "max_age");
    if (auto temporary = find(d, "temporary")) {
        bool value = false;
        if (temporary->get_bool().get(value)) fail("temporary", "expected a boolean");
        invite.temporary = value;
    }
    invite.created_at = opt_timestamp(d, "created_at");
    dom::element expires;
    if (d["expires_at"].get(expires) == simdjson::SUCCESS) {
        invite.expires_at = opt_timestamp(d, "expires_at");  // null: never
    }
    return out;
}

InviteDelete read_invite_delete(std::string_view payload) {
    dom::parser parser;
    const dom::object d = read_d(parser, payload);
    InviteDelete out;
    out.guild_id = opt_snowflake(d, "guild_id");
    out.channel_id = snowflake(d, "channel_id");
    std::string_view code;
    if (d["code"].get_string().get(code)) fail("code", "expected a string");
    out.code = std::string(code);
    return out;
}

ThreadListSync read_thread_list_sync(std::string_view payload) {
    dom::parser parser;
    const dom::object d = read_d(parser, payload);
    ThreadListSync out;
    out.guild_id = snowflake(d, "guild_id");
    if (auto ids = find(d, "channel_ids")) {
        dom::array array;
        if (ids->get_array().get(array)) fail("channel_ids", "expected an array");
        out.channel_ids.emplace();
        for (dom::element element : array) {
            std::string_view text;
            auto id = element.get_string().get(text) ? std::nullopt : Snowflake::try_parse(text);
            if (!id) fail("channel_ids", "expected snowflakes");
            out.channel_ids->push_back(*id);
        }
    }
    dom::array threads;
    if (d["threads"].get_array().get(threads)) fail("threads", "expected an array");
    for (dom::element element : threads) {
        out.threads.push_back(from_json<Channel>(simdjson::to_string(element)));
    }
    return out;
}

}  // namespace hikari::cache_detail
