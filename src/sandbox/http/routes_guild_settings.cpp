// Guild settings: widget settings, widget JSON and image, welcome screen, onboarding, preview and
// voice regions. Settings live in the world's entity store (one object per guild, id 0).

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/audit_log.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/routes.hpp"
#include "sandbox/http/widget_image.hpp"

#include <boost/json/array.hpp>

namespace hikari::sandbox {

namespace json = boost::json;

Snowflake guild_or_404(Call& call);  // routes_guilds.cpp

namespace {

/// The guild's settings object of `kind`, made from `fallback` on first use.
json::object& setting(Call& call, std::string_view kind, Snowflake guild, json::object fallback) {
    auto& store = call.world().entities(kind, guild);
    auto it = store.find(Snowflake{});
    if (it == store.end()) it = store.emplace(Snowflake{}, std::move(fallback)).first;
    return it->second;
}

json::object& widget_settings(Call& call, Snowflake guild) {
    return setting(call, "widget", guild, {{"enabled", false}, {"channel_id", nullptr}});
}

json::object& welcome_screen(Call& call, Snowflake guild) {
    return setting(call, "welcome_screen", guild,
                   {{"description", nullptr}, {"welcome_channels", json::array{}}});
}

json::object& onboarding(Call& call, Snowflake guild) {
    return setting(call, "onboarding", guild,
                   {{"guild_id", guild.to_string()},
                    {"prompts", json::array{}},
                    {"default_channel_ids", json::array{}},
                    {"enabled", false},
                    {"mode", 0}});
}

bool channel_of_guild(Call& call, Snowflake guild, const json::value& id) {
    if (!id.is_string()) return false;
    const auto channel = Snowflake::try_parse(id.get_string());
    return channel && call.world().guild_of_channel(*channel) == guild;
}

/// Checks an array of channel ids of this guild at `path`.
void check_channel_ids(Call& call, Snowflake guild, FormErrors& errors, const json::value* ids,
                       const std::string& path) {
    if (!ids) return;
    if (!ids->is_array()) {
        errors.add(path, "BASE_TYPE_ARRAY", "Must be an array.");
        return;
    }
    for (std::size_t i = 0; i < ids->get_array().size(); ++i) {
        if (!channel_of_guild(call, guild, ids->get_array()[i])) {
            errors.add(path + "." + std::to_string(i), "CHANNEL_INVALID", "Unknown channel.");
        }
    }
}

/// Validates an onboarding prompt and gives it (and its options) ids where they have none
/// or a placeholder one.
json::object read_prompt(Call& call, Snowflake guild, const json::value& v, FormErrors& errors,
                         const std::string& path) {
    if (!v.is_object()) {
        errors.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used.");
        return {};
    }
    json::object prompt = v.get_object();
    errors.string(prompt, "title", 1, 100, true, path);
    errors.integer(prompt, "type", 0, 1, false, path);
    for (const char* key : {"single_select", "required", "in_onboarding"}) {
        errors.boolean(prompt, key, path);
    }
    const auto* options = prompt.if_contains("options");
    if (!options || !options->is_array() || options->get_array().empty()) {
        errors.add(path + ".options", "BASE_TYPE_REQUIRED", "This field is required");
        return prompt;
    }
    json::array out;
    for (std::size_t i = 0; i < options->get_array().size(); ++i) {
        const std::string option_path = path + ".options." + std::to_string(i);
        const auto& o = options->get_array()[i];
        if (!o.is_object()) {
            errors.add(option_path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used.");
            continue;
        }
        json::object option = o.get_object();
        errors.string(option, "title", 1, 50, true, option_path);
        check_channel_ids(call, guild, errors, option.if_contains("channel_ids"),
                          option_path + ".channel_ids");
        if (!option.contains("channel_ids")) option["channel_ids"] = json::array{};
        if (!option.contains("role_ids")) option["role_ids"] = json::array{};
        if (!option.contains("description")) option["description"] = nullptr;
        // Discord answers with the emoji object built from the emoji_* fields.
        if (option.contains("emoji_name") || option.contains("emoji_id")) {
            option["emoji"] = json::object{
                {"id", option.contains("emoji_id") ? option.at("emoji_id") : json::value()},
                {"name", option.contains("emoji_name") ? option.at("emoji_name") : json::value()},
                {"animated", option.contains("emoji_animated") ? option.at("emoji_animated")
                                                               : json::value(false)}};
            option.erase("emoji_id");
            option.erase("emoji_name");
            option.erase("emoji_animated");
        }
        option["id"] = call.world().next_id().to_string();
        out.push_back(std::move(option));
    }
    prompt["options"] = std::move(out);
    prompt["id"] = call.world().next_id().to_string();
    for (const char* key : {"single_select", "required", "in_onboarding"}) {
        if (!prompt.contains(key)) prompt[key] = false;
    }
    if (!prompt.contains("type")) prompt["type"] = 0;
    return prompt;
}

}  // namespace

void add_guild_settings_routes(Router& router) {
    router.add("GET", "/guilds/{guild_id}/widget", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(200, widget_settings(call, guild));
    });
    router.add("PATCH", "/guilds/{guild_id}/widget", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const auto& body = call.body();
        FormErrors errors;
        const auto enabled = errors.boolean(body, "enabled");
        const auto* channel = body.if_contains("channel_id");
        if (channel && !channel->is_null() && !channel_of_guild(call, guild, *channel)) {
            errors.add("channel_id", "CHANNEL_INVALID", "Unknown channel.");
        }
        errors.raise_if_any();
        json::object& settings = widget_settings(call, guild);
        const json::object before = settings;
        if (enabled) settings["enabled"] = *enabled;
        if (channel) settings["channel_id"] = *channel;
        json::array changes;
        if (before.at("enabled") != settings.at("enabled")) {
            changes.push_back(
                audit_change("widget_enabled", before.at("enabled"), settings.at("enabled")));
        }
        if (before.at("channel_id") != settings.at("channel_id")) {
            changes.push_back(audit_change("widget_channel_id", before.at("channel_id"),
                                           settings.at("channel_id")));
        }
        record_audit(call, guild, 1, guild, std::move(changes));
        return Response::json(200, settings);
    });
    Route& widget = router.add("GET", "/guilds/{guild_id}/widget.json", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        if (!widget_settings(call, guild).at("enabled").as_bool()) {
            throw ApiError(403, 50004, "Widget Disabled");
        }
        json::array channels;
        for (const auto* c : call.world().channels(guild)) {
            const auto type = c->at("type").to_number<int>();
            if (type != 2 && type != 13) continue;
            channels.push_back(json::object{
                {"id", c->at("id")}, {"name", c->at("name")}, {"position", c->at("position")}});
        }
        const json::object& g = *call.world().guild(guild);
        return Response::json(200, json::object{{"id", guild.to_string()},
                                                {"name", g.at("name")},
                                                {"instant_invite", nullptr},
                                                {"channels", std::move(channels)},
                                                {"members", json::array{}},
                                                {"presence_count", 0}});
    });
    widget.authenticated = false;  // public, as on Discord

    Route& image = router.add("GET", "/guilds/{guild_id}/widget.png", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const std::string style = call.query("style").value_or("shield");
        // Sizes like Discord's images; the picture itself is one colour.
        struct Size {
            const char* style;
            std::uint32_t width, height;
        };
        static constexpr Size sizes[] = {{"shield", 82, 20},
                                         {"banner1", 320, 76},
                                         {"banner2", 320, 76},
                                         {"banner3", 320, 100},
                                         {"banner4", 320, 174}};
        const Size* size = nullptr;
        for (const auto& s : sizes) {
            if (style == s.style) size = &s;
        }
        if (!size) {
            raise_field_error("style", "BASE_TYPE_CHOICES",
                              "Value must be one of ('shield', 'banner1', 'banner2', 'banner3', "
                              "'banner4').");
        }
        if (!widget_settings(call, guild).at("enabled").as_bool()) {
            throw ApiError(403, 50004, "Widget Disabled");
        }
        Response out;
        out.content_type = "image/png";
        out.body = solid_png(size->width, size->height, 0x5865F2);  // blurple
        return out;
    });
    image.authenticated = false;

    router.add("GET", "/guilds/{guild_id}/welcome-screen", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(200, welcome_screen(call, guild));
    });
    router.add("PATCH", "/guilds/{guild_id}/welcome-screen", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const auto& body = call.body();
        FormErrors errors;
        errors.boolean(body, "enabled");
        const auto description = errors.string(body, "description", 0, 140, false);
        const auto* channels = body.if_contains("welcome_channels");
        if (channels && !channels->is_null()) {
            if (!channels->is_array() || channels->get_array().size() > 5) {
                errors.add("welcome_channels", "BASE_TYPE_MAX_LENGTH",
                           "Must be 5 or fewer in length.");
            } else {
                for (std::size_t i = 0; i < channels->get_array().size(); ++i) {
                    const std::string path = "welcome_channels." + std::to_string(i);
                    const auto& c = channels->get_array()[i];
                    if (!c.is_object()) {
                        errors.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used.");
                        continue;
                    }
                    errors.string(c.get_object(), "description", 1, 42, true, path);
                    const auto* id = c.get_object().if_contains("channel_id");
                    if (!id || !channel_of_guild(call, guild, *id)) {
                        errors.add(path + ".channel_id", "CHANNEL_INVALID", "Unknown channel.");
                    }
                }
            }
        }
        errors.raise_if_any();
        json::object& screen = welcome_screen(call, guild);
        if (body.contains("description")) {
            screen["description"] = description ? json::value(*description) : json::value();
        }
        if (channels) {
            json::array stored;
            if (channels->is_array()) {
                for (const auto& c : channels->get_array()) {
                    const auto& o = c.get_object();
                    stored.push_back(json::object{
                        {"channel_id", o.at("channel_id")},
                        {"description", o.at("description")},
                        {"emoji_id", o.contains("emoji_id") ? o.at("emoji_id") : json::value()},
                        {"emoji_name",
                         o.contains("emoji_name") ? o.at("emoji_name") : json::value()}});
                }
            }
            screen["welcome_channels"] = std::move(stored);
        }
        return Response::json(200, screen);
    });

    router.add("GET", "/guilds/{guild_id}/onboarding", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(200, onboarding(call, guild));
    });
    router.add("PUT", "/guilds/{guild_id}/onboarding", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const auto& body = call.body();
        FormErrors errors;
        const auto enabled = errors.boolean(body, "enabled");
        const auto mode = errors.integer(body, "mode", 0, 1, false);
        check_channel_ids(call, guild, errors, body.if_contains("default_channel_ids"),
                          "default_channel_ids");
        std::optional<json::array> prompts;
        if (const auto* p = body.if_contains("prompts")) {
            if (!p->is_array()) {
                errors.add("prompts", "BASE_TYPE_ARRAY", "Must be an array.");
            } else {
                prompts.emplace();
                for (std::size_t i = 0; i < p->get_array().size(); ++i) {
                    prompts->push_back(read_prompt(call, guild, p->get_array()[i], errors,
                                                   "prompts." + std::to_string(i)));
                }
            }
        }
        errors.raise_if_any();
        json::object& flow = onboarding(call, guild);
        if (prompts) flow["prompts"] = std::move(*prompts);
        if (const auto* ids = body.if_contains("default_channel_ids")) {
            flow["default_channel_ids"] = *ids;
        }
        if (enabled) flow["enabled"] = *enabled;
        if (mode) flow["mode"] = *mode;
        record_audit(call, guild, 167, std::nullopt);
        return Response::json(200, flow);
    });

    router.add("GET", "/guilds/{guild_id}/preview", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const json::object g = call.world().guild_object(guild);
        auto field = [&](const char* key, json::value fallback) {
            return g.contains(key) ? g.at(key) : fallback;
        };
        return Response::json(
            200, json::object{{"id", guild.to_string()},
                              {"name", g.at("name")},
                              {"icon", field("icon", nullptr)},
                              {"splash", field("splash", nullptr)},
                              {"discovery_splash", field("discovery_splash", nullptr)},
                              {"emojis", field("emojis", json::array{})},
                              {"features", field("features", json::array{})},
                              {"approximate_member_count", call.world().members(guild).size()},
                              {"approximate_presence_count", 0},
                              {"description", field("description", nullptr)},
                              {"stickers", field("stickers", json::array{})}});
    });
    router.add("GET", "/guilds/{guild_id}/regions", "", [](Call& call) {
        guild_or_404(call);
        json::array regions;
        for (const auto& [id, name, optimal] :
             {std::tuple{"rotterdam", "Rotterdam", true}, std::tuple{"us-east", "US East", false},
              std::tuple{"japan", "Japan", false}}) {
            regions.push_back(json::object{{"id", id},
                                           {"name", name},
                                           {"optimal", optimal},
                                           {"deprecated", false},
                                           {"custom", false}});
        }
        return Response::json(200, regions);
    });
}

}  // namespace hikari::sandbox
