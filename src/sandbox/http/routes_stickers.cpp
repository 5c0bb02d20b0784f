// Stickers: a built-in standard pack, and a guild's own stickers (kept in its "stickers"
// array), created by multipart upload as Discord takes them.

#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/multipart.hpp"
#include "sandbox/http/routes.hpp"

#include <hikari/core/errors_base.hpp>

#include <boost/json/array.hpp>

#include <algorithm>

namespace hikari::sandbox {

namespace json = boost::json;
namespace fi = feature_intents;

namespace {

constexpr std::size_t max_sticker_bytes = 512 * 1024;
constexpr std::size_t max_guild_stickers = 5;  // boost tier 0
constexpr std::string_view pack_id = "847199849233514549";

[[noreturn]] void unknown_sticker() {
    raise_unknown(10060, "Unknown Sticker");
}

/// The one standard pack the sandbox knows, with two stickers.
const json::object& standard_pack() {
    static const json::object pack = [] {
        json::array stickers;
        const std::pair<const char*, const char*> items[] = {{"749054660769218631", "Wave"},
                                                             {"749054660769218632", "Thumbs up"}};
        int sort = 0;
        for (const auto& [id, name] : items) {
            stickers.push_back(json::object{{"id", id},
                                            {"pack_id", pack_id},
                                            {"name", name},
                                            {"description", std::string(name) + " sticker"},
                                            {"tags", "wave"},
                                            {"type", 1},
                                            {"format_type", 1},
                                            {"available", true},
                                            {"sort_value", sort++}});
        }
        return json::object{{"id", pack_id},
                            {"stickers", std::move(stickers)},
                            {"name", "Sandbox Greetings"},
                            {"sku_id", "847199849233514547"},
                            {"cover_sticker_id", "749054660769218631"},
                            {"description", "Say hello"},
                            {"banner_asset_id", "761773777976819732"}};
    }();
    return pack;
}

json::array& guild_stickers(World& world, Snowflake guild) {
    json::value& stickers = (*world.guild(guild))["stickers"];
    if (!stickers.is_array()) stickers = json::array{};
    return stickers.as_array();
}

json::object& sticker_or_404(json::array& stickers, Snowflake id) {
    for (auto& s : stickers) {
        if (s.at("id") == json::value(id.to_string())) return s.as_object();
    }
    unknown_sticker();
}

void announce(Call& call, Snowflake guild) {
    call.emit("GUILD_STICKERS_UPDATE",
              json::object{{"guild_id", guild.to_string()},
                           {"stickers", guild_stickers(call.world(), guild)}},
              guild, fi::guild_expressions);
}

void check_text_fields(FormErrors& errors, const json::object& fields, bool creating) {
    errors.string(fields, "name", 2, 30, creating);
    if (const auto* d = fields.if_contains("description");
        d && d->is_string() && !d->get_string().empty()) {
        errors.string(fields, "description", 2, 100, false);
    } else if (d && !d->is_null() && !d->is_string()) {
        errors.add("description", "BASE_TYPE_STRING", "Must be a string.");
    }
    errors.string(fields, "tags", 1, 200, creating);
}

/// The sticker format of an upload, from its content type or file name; nullopt if none.
std::optional<int> format_of(const MultipartPart& file) {
    const std::string_view type = file.content_type;
    const std::string_view name = file.filename;
    if (type == "image/png" || name.ends_with(".png")) return 1;
    if (type == "image/apng" || name.ends_with(".apng")) return 2;
    if (type == "application/json" || name.ends_with(".json")) return 3;
    if (type == "image/gif" || name.ends_with(".gif")) return 4;
    return std::nullopt;
}

}  // namespace

void add_sticker_routes(Router& router) {
    router.add("GET", "/sticker-packs", "", [](Call&) {
        return Response::json(200, json::object{{"sticker_packs", json::array{standard_pack()}}});
    });
    router.add("GET", "/sticker-packs/{pack_id}", "", [](Call& call) {
        if (call.param("pack_id") != pack_id) raise_unknown(10061, "Unknown Sticker Pack");
        return Response::json(200, standard_pack());
    });
    router.add("GET", "/stickers/{sticker_id}", "", [](Call& call) {
        const json::value key(call.id("sticker_id").to_string());
        for (const auto& s : standard_pack().at("stickers").as_array()) {
            if (s.at("id") == key) return Response::json(200, s);
        }
        World& world = call.world();
        for (const Snowflake guild : world.guild_ids()) {
            for (const auto& s : guild_stickers(world, guild)) {
                if (s.at("id") == key) return Response::json(200, s);
            }
        }
        unknown_sticker();
    });

    router.add("GET", "/guilds/{guild_id}/stickers", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(200, guild_stickers(call.world(), guild));
    });
    router.add("GET", "/guilds/{guild_id}/stickers/{sticker_id}", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(
            200, sticker_or_404(guild_stickers(call.world(), guild), call.id("sticker_id")));
    });
    router.add("POST", "/guilds/{guild_id}/stickers", "stickers", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        World& world = call.world();
        const std::vector<MultipartPart> parts = multipart_form(call);
        json::object fields;
        const MultipartPart* file = nullptr;
        for (const auto& part : parts) {
            if (part.name == "file" && !part.filename.empty()) {
                file = &part;
            } else if (part.filename.empty()) {
                fields[part.name] = part.data;
            }
        }
        FormErrors errors;
        check_text_fields(errors, fields, true);
        std::optional<int> format;
        if (!file) {
            errors.add("file", "BASE_TYPE_REQUIRED", "This field is required");
        } else {
            format = format_of(*file);
            if (!format) errors.add("file", "STICKER_FILE_INVALID", "Invalid sticker file type.");
        }
        errors.raise_if_any();
        if (file->data.size() > max_sticker_bytes) {
            throw ApiError(400, 50045, "File uploaded exceeds the maximum size");
        }
        if (file->data.empty()) throw ApiError(400, 50046, "Invalid file uploaded");
        auto& stickers = guild_stickers(world, guild);
        if (stickers.size() >= max_guild_stickers) {
            throw ApiError(400, 30039, "Maximum number of stickers reached (5)");
        }
        const std::string description(fields.contains("description")
                                          ? std::string_view(fields.at("description").as_string())
                                          : std::string_view());
        stickers.push_back(json::object{
            {"id", world.next_id().to_string()},
            {"name", fields.at("name")},
            {"description", description.empty() ? json::value(nullptr) : json::value(description)},
            {"tags", fields.at("tags")},
            {"type", 2},
            {"format_type", *format},
            {"available", true},
            {"guild_id", guild.to_string()},
            {"user", world.bot_user()}});
        json::object created = stickers.back().as_object();
        announce(call, guild);
        return Response::json(201, created);
    });
    router.add("PATCH", "/guilds/{guild_id}/stickers/{sticker_id}", "stickers", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        json::object& sticker =
            sticker_or_404(guild_stickers(call.world(), guild), call.id("sticker_id"));
        FormErrors errors;
        check_text_fields(errors, call.body(), false);
        errors.raise_if_any();
        for (const char* key : {"name", "tags"}) {
            if (const auto* v = call.body().if_contains(key)) sticker[key] = *v;
        }
        if (const auto* d = call.body().if_contains("description")) {
            sticker["description"] =
                d->is_string() && !d->get_string().empty() ? *d : json::value(nullptr);
        }
        json::object out = sticker;
        announce(call, guild);
        return Response::json(200, out);
    });
    router.add("DELETE", "/guilds/{guild_id}/stickers/{sticker_id}", "stickers", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        auto& stickers = guild_stickers(call.world(), guild);
        const json::value key(call.id("sticker_id").to_string());
        auto it = std::find_if(stickers.begin(), stickers.end(),
                               [&](const json::value& s) { return s.at("id") == key; });
        if (it == stickers.end()) unknown_sticker();
        stickers.erase(it);
        announce(call, guild);
        return Response::no_content();
    });
}

}  // namespace hikari::sandbox
