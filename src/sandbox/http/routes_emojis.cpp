// Custom emojis: a guild's (kept in its "emojis" array, so GET /guilds/{id} shows them) and
// the application's (the world's "application_emojis" store).

#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

#include <algorithm>

namespace hikari::sandbox {

namespace json = boost::json;
namespace fi = feature_intents;

namespace {

constexpr std::size_t max_emoji_bytes = 256 * 1024;
constexpr std::size_t max_static = 50;  // per kind at boost tier 0
constexpr std::size_t max_application_emojis = 2000;

[[noreturn]] void unknown_emoji() {
    raise_unknown(10014, "Unknown Emoji");
}

std::optional<std::string> emoji_name(FormErrors& errors, const json::object& body, bool required) {
    auto name = errors.string(body, "name", 2, 32, required);
    if (name && !std::all_of(name->begin(), name->end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '_';
        })) {
        errors.add("name", "STRING_TYPE_REGEX", "String value did not match validation regex.");
        return std::nullopt;
    }
    return name;
}

/// Role ids for an emoji; each must be a role of the guild.
std::optional<json::array> emoji_roles(FormErrors& errors, World& world, Snowflake guild,
                                       const json::object& body) {
    const auto* roles = body.if_contains("roles");
    if (!roles) return std::nullopt;
    if (roles->is_null()) return json::array{};
    if (!roles->is_array()) {
        errors.add("roles", "BASE_TYPE_ARRAY", "Must be an array.");
        return std::nullopt;
    }
    json::array out;
    std::size_t index = 0;
    for (const auto& r : roles->get_array()) {
        const std::string path = "roles." + std::to_string(index++);
        const auto id = r.is_string() ? Snowflake::try_parse(r.get_string()) : std::nullopt;
        if (!id || !world.role(guild, *id)) {
            errors.add(path, "NUMBER_TYPE_COERCE", "Value is not a known role.");
            continue;
        }
        out.push_back(r);
    }
    return out;
}

json::array& guild_emojis(World& world, Snowflake guild) {
    json::value& emojis = (*world.guild(guild))["emojis"];
    if (!emojis.is_array()) emojis = json::array{};
    return emojis.as_array();
}

json::object& emoji_or_404(json::array& emojis, Snowflake id) {
    for (auto& e : emojis) {
        if (e.at("id") == json::value(id.to_string())) return e.as_object();
    }
    unknown_emoji();
}

void announce(Call& call, Snowflake guild) {
    call.emit("GUILD_EMOJIS_UPDATE",
              json::object{{"guild_id", guild.to_string()},
                           {"emojis", guild_emojis(call.world(), guild)}},
              guild, fi::guild_expressions);
}

json::object new_emoji(World& world, const std::string& name, const std::string& mime,
                       json::array roles) {
    return json::object{
        {"id", world.next_id().to_string()}, {"name", name},           {"roles", std::move(roles)},
        {"user", world.bot_user()},          {"require_colons", true}, {"managed", false},
        {"animated", mime == "image/gif"},   {"available", true}};
}

/// The image types an emoji may be uploaded as.
std::optional<std::string> check_image(FormErrors& errors, const json::object& body) {
    return check_data_uri(errors, body, "image",
                          {"image/png", "image/jpeg", "image/gif", "image/webp"}, max_emoji_bytes,
                          true);
}

}  // namespace

void add_emoji_routes(Router& router) {
    router.add("GET", "/guilds/{guild_id}/emojis", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(200, guild_emojis(call.world(), guild));
    });
    router.add("GET", "/guilds/{guild_id}/emojis/{emoji_id}", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(200,
                              emoji_or_404(guild_emojis(call.world(), guild), call.id("emoji_id")));
    });
    router.add("POST", "/guilds/{guild_id}/emojis", "emojis", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        World& world = call.world();
        FormErrors errors;
        auto name = emoji_name(errors, call.body(), true);
        auto mime = check_image(errors, call.body());
        auto roles = emoji_roles(errors, world, guild, call.body());
        errors.raise_if_any();
        auto& emojis = guild_emojis(world, guild);
        const bool animated = *mime == "image/gif";
        const auto same_kind =
            std::count_if(emojis.begin(), emojis.end(), [&](const json::value& e) {
                const auto* a = e.as_object().if_contains("animated");
                return (a && a->is_bool() && a->as_bool()) == animated;
            });
        if (static_cast<std::size_t>(same_kind) >= max_static) {
            if (animated)
                throw ApiError(400, 30018, "Maximum number of animated emojis reached (50)");
            throw ApiError(400, 30008, "Maximum number of emojis reached (50)");
        }
        emojis.push_back(new_emoji(world, *name, *mime, roles.value_or(json::array{})));
        json::object created = emojis.back().as_object();
        announce(call, guild);
        return Response::json(201, created);
    });
    router.add("PATCH", "/guilds/{guild_id}/emojis/{emoji_id}", "emojis", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        World& world = call.world();
        json::object& emoji = emoji_or_404(guild_emojis(world, guild), call.id("emoji_id"));
        FormErrors errors;
        auto name = emoji_name(errors, call.body(), false);
        auto roles = emoji_roles(errors, world, guild, call.body());
        errors.raise_if_any();
        if (name) emoji["name"] = *name;
        if (roles) emoji["roles"] = std::move(*roles);
        json::object out = emoji;
        announce(call, guild);
        return Response::json(200, out);
    });
    router.add("DELETE", "/guilds/{guild_id}/emojis/{emoji_id}", "emojis", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        auto& emojis = guild_emojis(call.world(), guild);
        const json::value key(call.id("emoji_id").to_string());
        auto it = std::find_if(emojis.begin(), emojis.end(),
                               [&](const json::value& e) { return e.at("id") == key; });
        if (it == emojis.end()) unknown_emoji();
        emojis.erase(it);
        announce(call, guild);
        return Response::no_content();
    });

    // Application emojis: the application id must be the bot's own.
    const auto app_store = [](Call& call) -> std::map<Snowflake, json::object>& {
        if (call.id("application_id") != call.world().application_id()) {
            throw api_errors::missing_access();
        }
        return call.world().entities("application_emojis");
    };
    router.add("GET", "/applications/{application_id}/emojis", "", [app_store](Call& call) {
        json::array items;
        for (const auto& [id, e] : app_store(call)) items.push_back(e);
        return Response::json(200, json::object{{"items", std::move(items)}});
    });
    router.add("GET", "/applications/{application_id}/emojis/{emoji_id}", "",
               [app_store](Call& call) {
                   auto& store = app_store(call);
                   auto it = store.find(call.id("emoji_id"));
                   if (it == store.end()) unknown_emoji();
                   return Response::json(200, it->second);
               });
    router.add("POST", "/applications/{application_id}/emojis", "application_emojis",
               [app_store](Call& call) {
                   auto& store = app_store(call);
                   FormErrors errors;
                   auto name = emoji_name(errors, call.body(), true);
                   auto mime = check_image(errors, call.body());
                   if (name) {
                       for (const auto& [id, e] : store) {
                           if (e.at("name") == json::value(*name)) {
                               errors.add("name", "APPLICATION_EMOJI_NAME_ALREADY_TAKEN",
                                          "Emoji name already taken");
                           }
                       }
                   }
                   errors.raise_if_any();
                   if (store.size() >= max_application_emojis) {
                       throw ApiError(400, 30008, "Maximum number of emojis reached (2000)");
                   }
                   World& world = call.world();
                   json::object emoji = new_emoji(world, *name, *mime, json::array{});
                   const Snowflake id = Snowflake::parse(emoji.at("id").as_string());
                   return Response::json(201, store[id] = std::move(emoji));
               });
    router.add("PATCH", "/applications/{application_id}/emojis/{emoji_id}", "application_emojis",
               [app_store](Call& call) {
                   auto& store = app_store(call);
                   auto it = store.find(call.id("emoji_id"));
                   if (it == store.end()) unknown_emoji();
                   FormErrors errors;
                   auto name = emoji_name(errors, call.body(), true);
                   errors.raise_if_any();
                   it->second["name"] = *name;
                   return Response::json(200, it->second);
               });
    router.add("DELETE", "/applications/{application_id}/emojis/{emoji_id}", "application_emojis",
               [app_store](Call& call) {
                   if (app_store(call).erase(call.id("emoji_id")) == 0) unknown_emoji();
                   return Response::no_content();
               });
}

}  // namespace hikari::sandbox
