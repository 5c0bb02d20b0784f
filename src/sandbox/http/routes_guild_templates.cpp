// Guild templates: GET /guilds/templates/{code} (anyone may look a code up) and the guild's
// own template, listed, created, synced, edited and deleted with MANAGE_GUILD. A guild has
// at most one template (Discord answers 30031 to a second). The snapshot
// (serialized_source_guild) is built from the guild's state with integer placeholder ids,
// and is_dirty tells whether the guild changed since the last sync.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/guild_permissions.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

#include <map>
#include <string>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

constexpr std::string_view kind = "guild_templates";

/// The guild's state as a template holds it: roles and channels renumbered from 0 (the
/// @everyone role) in the order Discord lists them, references between them renumbered the
/// same way, and member overwrites left out (a template carries no members).
json::object snapshot(const World& world, Snowflake guild) {
    const json::object& g = *world.guild(guild);
    std::map<std::string, std::int64_t> placeholder;  // snowflake text -> integer id
    std::int64_t next = 0;
    json::array roles;
    placeholder[guild.to_string()] = next++;  // @everyone first, as 0
    for (const auto* role : world.roles(guild)) {
        const std::string id(role->at("id").as_string());
        if (id != guild.to_string()) placeholder[id] = next++;
    }
    for (const auto* role : world.roles(guild)) {
        const std::string id(role->at("id").as_string());
        if (role->contains("managed") && role->at("managed") == json::value(true)) continue;
        const auto& perms = role->at("permissions").as_string();
        roles.push_back(json::object{
            {"id", placeholder[id]},
            {"name", role->at("name")},
            {"color", role->at("color")},
            {"hoist", role->at("hoist")},
            {"mentionable", role->at("mentionable")},
            {"permissions", std::stoll(std::string(perms))},
            {"icon", role->contains("icon") ? role->at("icon") : json::value(nullptr)},
            {"unicode_emoji",
             role->contains("unicode_emoji") ? role->at("unicode_emoji") : json::value(nullptr)},
        });
    }
    const auto channels_of_guild = world.channels(guild);
    for (const auto* channel : channels_of_guild) {
        placeholder[std::string(channel->at("id").as_string())] = next++;
    }
    auto mapped = [&](const json::value* v) -> json::value {
        if (!v || !v->is_string()) return nullptr;
        auto it = placeholder.find(std::string(v->get_string()));
        return it == placeholder.end() ? json::value(nullptr) : json::value(it->second);
    };
    auto field = [](const json::object& o, const char* key, json::value fallback) {
        const auto* v = o.if_contains(key);
        return v ? *v : fallback;
    };
    json::array channels;
    for (const auto* channel : channels_of_guild) {
        json::array overwrites;
        if (const auto* list = channel->if_contains("permission_overwrites");
            list && list->is_array()) {
            for (const auto& o : list->get_array()) {
                if (!o.is_object() || o.get_object().at("type") != json::value(0)) continue;
                json::object copy = o.get_object();
                copy["id"] = mapped(copy.if_contains("id"));
                if (copy["id"].is_null()) continue;
                overwrites.push_back(std::move(copy));
            }
        }
        channels.push_back(json::object{
            {"id", mapped(channel->if_contains("id"))},
            {"type", channel->at("type")},
            {"name", channel->at("name")},
            {"position", field(*channel, "position", 0)},
            {"topic", field(*channel, "topic", nullptr)},
            {"bitrate", field(*channel, "bitrate", 64000)},
            {"user_limit", field(*channel, "user_limit", 0)},
            {"nsfw", field(*channel, "nsfw", false)},
            {"rate_limit_per_user", field(*channel, "rate_limit_per_user", 0)},
            {"parent_id", mapped(channel->if_contains("parent_id"))},
            {"permission_overwrites", std::move(overwrites)},
        });
    }
    return json::object{
        {"name", g.at("name")},
        {"description", field(g, "description", nullptr)},
        {"region", field(g, "region", nullptr)},
        {"verification_level", field(g, "verification_level", 0)},
        {"default_message_notifications", field(g, "default_message_notifications", 0)},
        {"explicit_content_filter", field(g, "explicit_content_filter", 0)},
        {"preferred_locale", field(g, "preferred_locale", "en-US")},
        {"afk_timeout", field(g, "afk_timeout", 300)},
        {"roles", std::move(roles)},
        {"channels", std::move(channels)},
        {"afk_channel_id", mapped(g.if_contains("afk_channel_id"))},
        {"system_channel_id", mapped(g.if_contains("system_channel_id"))},
        {"system_channel_flags", field(g, "system_channel_flags", 0)},
        {"icon_hash", field(g, "icon", nullptr)},
    };
}

/// The template as returned: is_dirty is true when the guild no longer matches the
/// snapshot, null otherwise (Discord's own answer for a synced template).
json::object present(const World& world, json::object stored) {
    const auto guild = Snowflake::try_parse(stored.at("source_guild_id").as_string());
    if (guild && world.guild(*guild) &&
        snapshot(world, *guild) != stored.at("serialized_source_guild")) {
        stored["is_dirty"] = true;
    } else {
        stored["is_dirty"] = nullptr;
    }
    return stored;
}

/// The guild's template store (one entry at most, keyed 0).
std::map<Snowflake, json::object>& templates_of(Call& call, Snowflake guild) {
    return call.world().entities(kind, guild);
}

/// The guild's template with this code; 10057 otherwise.
json::object& template_or_404(Call& call, Snowflake guild) {
    auto& store = templates_of(call, guild);
    for (auto& [key, t] : store) {
        if (t.at("code") == json::value(call.param("code"))) return t;
    }
    throw ApiError(404, 10057, "Unknown Guild Template");
}

/// Twelve letters and digits, fresh for each template, as Discord's codes look.
std::string new_code(World& world) {
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::uint64_t x = world.next_id().value() * 0x9E3779B97F4A7C15ULL;
    std::string code;
    for (int i = 0; i < 12; ++i) {
        x ^= x >> 29;
        x *= 0xBF58476D1CE4E5B9ULL;
        code += alphabet[(x >> 33) % (sizeof alphabet - 1)];
    }
    return code;
}

void check_metadata(FormErrors& errors, const json::object& body, bool name_required) {
    // The name is never null: sent as null it counts as missing, which PATCH refuses too.
    const auto* name = body.if_contains("name");
    errors.string(body, "name", 1, 100, name_required || (name && name->is_null()));
    if (const auto* d = body.if_contains("description"); d && !d->is_null()) {
        errors.string(body, "description", 0, 120, false);
    }
}

}  // namespace

void add_guild_template_routes(Router& router) {
    router.add("GET", "/guilds/templates/{code}", "", [](Call& call) {
        World& world = call.world();
        for (auto& [owner, store] : world.stores_of(kind)) {
            for (auto& [key, t] : *store) {
                if (t.at("code") == json::value(call.param("code"))) {
                    return Response::json(200, present(world, t));
                }
            }
        }
        throw ApiError(404, 10057, "Unknown Guild Template");
    });
    router.add("GET", "/guilds/{guild_id}/templates", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        require_bot_permission(call, guild, permission_bits::manage_guild);
        json::array out;
        for (const auto& [key, t] : templates_of(call, guild)) {
            out.push_back(present(call.world(), t));
        }
        return Response::json(200, out);
    });
    router.add("POST", "/guilds/{guild_id}/templates", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        require_bot_permission(call, guild, permission_bits::manage_guild);
        FormErrors errors;
        check_metadata(errors, call.body(), true);
        errors.raise_if_any();
        auto& store = templates_of(call, guild);
        if (!store.empty()) throw ApiError(400, 30031, "Guild already has a template");
        World& world = call.world();
        const std::string now = now_timestamp();
        const auto* description = call.body().if_contains("description");
        json::object t{
            {"code", new_code(world)},
            {"name", call.body().at("name")},
            {"description", description ? *description : json::value(nullptr)},
            {"usage_count", 0},
            {"creator_id", world.bot_id().to_string()},
            {"creator", world.bot_user()},
            {"created_at", now},
            {"updated_at", now},
            {"source_guild_id", guild.to_string()},
            {"serialized_source_guild", snapshot(world, guild)},
            {"is_dirty", nullptr},
        };
        store[Snowflake{}] = t;
        return Response::json(200, present(world, std::move(t)));
    });
    const std::string one = "/guilds/{guild_id}/templates/{code}";
    router.add("PUT", one, "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        require_bot_permission(call, guild, permission_bits::manage_guild);
        json::object& t = template_or_404(call, guild);
        t["serialized_source_guild"] = snapshot(call.world(), guild);
        t["updated_at"] = now_timestamp();
        return Response::json(200, present(call.world(), t));
    });
    router.add("PATCH", one, "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        require_bot_permission(call, guild, permission_bits::manage_guild);
        json::object& t = template_or_404(call, guild);
        FormErrors errors;
        check_metadata(errors, call.body(), false);
        errors.raise_if_any();
        for (const char* key : {"name", "description"}) {
            if (const auto* v = call.body().if_contains(key)) t[key] = *v;
        }
        return Response::json(200, present(call.world(), t));
    });
    router.add("DELETE", one, "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        require_bot_permission(call, guild, permission_bits::manage_guild);
        json::object deleted = present(call.world(), template_or_404(call, guild));
        templates_of(call, guild).clear();
        return Response::json(200, deleted);
    });
}

}  // namespace hikari::sandbox
