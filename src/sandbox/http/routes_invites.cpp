// Invites: create and list per channel, list per guild, fetch and delete by code. They live in
// the world's "invites" store of their guild, keyed by a private id.

#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/message_ops.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

#include <chrono>

namespace hikari::sandbox {

namespace json = boost::json;
namespace fi = feature_intents;

namespace {

/// Eight characters of base 62 from the id: short and deterministic like Discord's codes.
std::string invite_code(Snowflake id) {
    static constexpr char digits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::uint64_t n = id.value() * 0x9E3779B97F4A7C15ULL;
    std::string code;
    for (int i = 0; i < 8; ++i) {
        code += digits[n % 62];
        n /= 62;
    }
    return code;
}

json::object partial_guild(const json::object& guild) {
    json::object out;
    for (const char* key :
         {"id", "name", "splash", "banner", "description", "icon", "features", "verification_level",
          "vanity_url_code", "nsfw_level", "premium_subscription_count"}) {
        if (const auto* v = guild.if_contains(key)) out[key] = *v;
    }
    return out;
}

bool expired(const json::object& invite) {
    const auto& expires = invite.at("expires_at");
    return expires.is_string() && std::string_view(expires.as_string()) < now_timestamp();
}

/// The stored invite of a code and its guild; 10006 when unknown or expired.
std::pair<Snowflake, json::object*> find_invite(World& world, std::string_view code) {
    for (auto& [guild, store] : world.stores_of("invites")) {
        for (auto& [id, invite] : *store) {
            if (invite.at("code") == json::value(code) && !expired(invite)) {
                return {guild, &invite};
            }
        }
    }
    raise_unknown(10006, "Unknown Invite");
}

/// An invite as GET /invites/{code} returns it: without the metadata fields.
json::object public_view(const json::object& invite) {
    json::object out = invite;
    for (const char* key : {"uses", "max_uses", "max_age", "temporary", "created_at"}) {
        out.erase(key);
    }
    return out;
}

json::array invites_where(World& world, Snowflake guild, std::optional<json::value> channel) {
    json::array out;
    for (const auto& [id, invite] : world.entities("invites", guild)) {
        if (expired(invite)) continue;
        if (channel && invite.at("channel").at("id") != *channel) continue;
        out.push_back(invite);
    }
    return out;
}

}  // namespace

void add_invite_routes(Router& router) {
    router.add("POST", "/channels/{channel_id}/invites", "invites", [](Call& call) {
        const json::object& channel = channel_or_404(call);
        const auto guild = guild_of(channel);
        const int type = channel_type(channel);
        if (!guild || type == 4 || is_thread(channel)) {
            throw ApiError(400, 50024, "Cannot execute action on this channel type");
        }
        World& world = call.world();
        const json::object& body = call.body();
        FormErrors errors;
        const auto max_age = errors.integer(body, "max_age", 0, 604800, false).value_or(86400);
        const auto max_uses = errors.integer(body, "max_uses", 0, 100, false).value_or(0);
        const auto temporary = errors.boolean(body, "temporary").value_or(false);
        const auto unique = errors.boolean(body, "unique").value_or(false);
        const auto target_type = errors.integer(body, "target_type", 1, 2, false);
        const auto target_user = errors.snowflake(body, "target_user_id", false);
        const auto target_app = errors.snowflake(body, "target_application_id", false);
        if (target_type == 1 && !target_user) {
            errors.add("target_user_id", "BASE_TYPE_REQUIRED", "This field is required");
        }
        if (target_type == 2 && !target_app) {
            errors.add("target_application_id", "BASE_TYPE_REQUIRED", "This field is required");
        }
        if (target_user && !world.user(*target_user)) {
            errors.add("target_user_id", "USER_NOT_FOUND", "Unknown user");
        }
        errors.raise_if_any();
        auto& store = world.entities("invites", *guild);
        if (!unique) {
            // Discord hands back an existing invite with the same settings.
            for (auto& [id, invite] : store) {
                if (!expired(invite) && invite.at("channel").at("id") == channel.at("id") &&
                    invite.at("max_age") == json::value(max_age) &&
                    invite.at("max_uses") == json::value(max_uses) &&
                    invite.at("temporary") == json::value(temporary) &&
                    !invite.contains("target_type") && !target_type) {
                    return Response::json(200, invite);
                }
            }
        }
        const Snowflake id = world.next_id();
        const auto created = id.created_at();
        json::object invite{
            {"type", 0},
            {"code", invite_code(id)},
            {"guild", partial_guild(*world.guild(*guild))},
            {"channel", json::object{{"id", channel.at("id")},
                                     {"type", channel.at("type")},
                                     {"name", channel.at("name")}}},
            {"inviter", world.bot_user()},
            {"uses", 0},
            {"max_uses", max_uses},
            {"max_age", max_age},
            {"temporary", temporary},
            {"created_at", World::iso_timestamp(created)},
            {"expires_at", max_age == 0 ? json::value(nullptr)
                                        : json::value(World::iso_timestamp(
                                              created + std::chrono::seconds(max_age)))},
        };
        if (target_type) {
            invite["target_type"] = *target_type;
            if (target_user) invite["target_user"] = *world.user(*target_user);
            if (target_app) {
                invite["target_application"] = json::object{{"id", target_app->to_string()}};
            }
        }
        const json::object& stored = store[id] = std::move(invite);
        json::object event{{"channel_id", channel.at("id")},
                           {"code", stored.at("code")},
                           {"created_at", stored.at("created_at")},
                           {"guild_id", guild->to_string()},
                           {"inviter", stored.at("inviter")},
                           {"max_age", max_age},
                           {"max_uses", max_uses},
                           {"temporary", temporary},
                           {"uses", 0},
                           {"expires_at", stored.at("expires_at")}};
        call.emit("INVITE_CREATE", std::move(event), guild, fi::guild_invites);
        return Response::json(200, stored);
    });
    router.add("GET", "/channels/{channel_id}/invites", "", [](Call& call) {
        const json::object& channel = channel_or_404(call);
        const auto guild = guild_of(channel);
        if (!guild) throw ApiError(400, 50024, "Cannot execute action on this channel type");
        return Response::json(200, invites_where(call.world(), *guild, channel.at("id")));
    });
    router.add("GET", "/guilds/{guild_id}/invites", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(200, invites_where(call.world(), guild, std::nullopt));
    });
    router.add("GET", "/invites/{invite_code}", "", [](Call& call) {
        World& world = call.world();
        auto [guild, invite] = find_invite(world, call.param("invite_code"));
        json::object out = public_view(*invite);
        if (call.query_bool("with_counts")) {
            out["approximate_member_count"] = world.members(guild).size();
            out["approximate_presence_count"] = 0;
        }
        if (const auto event = call.query_id("guild_scheduled_event_id")) {
            auto& events = world.entities("scheduled_events", guild);
            auto it = events.find(*event);
            if (it == events.end()) raise_unknown(10070, "Unknown Guild Scheduled Event");
            out["guild_scheduled_event"] = it->second;
        }
        return Response::json(200, out);
    });
    router.add("DELETE", "/invites/{invite_code}", "invites", [](Call& call) {
        World& world = call.world();
        auto [guild, invite] = find_invite(world, call.param("invite_code"));
        const json::object out = *invite;
        auto& store = world.entities("invites", guild);
        for (auto it = store.begin(); it != store.end(); ++it) {
            if (&it->second == invite) {
                store.erase(it);
                break;
            }
        }
        call.emit("INVITE_DELETE",
                  json::object{{"channel_id", out.at("channel").at("id")},
                               {"guild_id", guild.to_string()},
                               {"code", out.at("code")}},
                  guild, fi::guild_invites);
        return Response::json(200, out);
    });
}

}  // namespace hikari::sandbox
