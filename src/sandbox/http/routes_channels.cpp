// Channels: GET/PATCH/DELETE /channels/{id}, typing, and the guild channel list, create and
// positions.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/audit_log.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/message_ops.hpp"
#include "sandbox/http/routes.hpp"
#include "sandbox/http/thread_ops.hpp"
#include "sandbox/state/entities.hpp"

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>

#include <algorithm>
#include <chrono>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

json::value parent_of(const json::object& channel) {
    const json::value* parent = channel.if_contains("parent_id");
    return parent != nullptr ? *parent : json::value(nullptr);
}

/// PATCH /guilds/{id}/channels (guild.mdx "Modify Guild Channel Positions"): a JSON array of
/// {id, position?, parent_id?, lock_permissions?}; CHANNEL_UPDATE for each channel that moved.
Response modify_channel_positions(Call& call) {
    const Snowflake guild = call.id("guild_id");
    World& world = call.world();
    if (!world.guild(guild)) throw api_errors::unknown_guild();
    // The body is a JSON array, which Call::body() refuses: parse it here.
    boost::system::error_code ec;
    json::value parsed = json::parse(call.request().body, ec);
    if (ec) throw api_errors::invalid_json();
    if (!parsed.is_array()) raise_field_error("_root", "BASE_TYPE_ARRAY", "Must be an array.");
    struct Move {
        Snowflake id;
        std::optional<std::int64_t> position;
        std::optional<json::value> parent;  // string id or null when given
    };
    FormErrors errors;
    std::vector<Move> moves;
    std::size_t parent_changes = 0;
    for (std::size_t i = 0; i < parsed.get_array().size(); ++i) {
        const std::string index = std::to_string(i);
        const json::value& item = parsed.get_array()[i];
        if (!item.is_object()) {
            errors.add(index, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
            continue;
        }
        const json::object& entry = item.get_object();
        const auto id = errors.snowflake(entry, "id", true, index);
        const auto position = errors.integer(entry, "position", 0, 1'000'000, false, index);
        errors.boolean(entry, "lock_permissions", index);
        std::optional<json::value> parent;
        if (const json::value* p = entry.if_contains("parent_id")) {
            const auto parent_id = errors.snowflake(entry, "parent_id", false, index);
            if (parent_id) {
                const json::object* category = world.channel(*parent_id);
                if (category == nullptr || category->at("type") != json::value(4) ||
                    world.guild_of_channel(*parent_id) != guild) {
                    errors.add(index + ".parent_id", "CHANNEL_PARENT_INVALID_TYPE",
                               "Category does not exist.");
                }
                parent = json::value(parent_id->to_string());
            } else if (p->is_null()) {
                parent = json::value(nullptr);
            }
        }
        if (!id) continue;
        if (world.guild_of_channel(*id) != guild) {
            errors.add(index + ".id", "CHANNEL_NOT_IN_GUILD", "Unknown channel in this guild.");
            continue;
        }
        if (parent && parent_of(*world.channel(*id)) != *parent) ++parent_changes;
        moves.push_back({*id, position, std::move(parent)});
    }
    errors.raise_if_any();
    if (parent_changes > 1) {
        throw ApiError(400, 40009, "Only one channel can have a parent_id modified at a time");
    }
    for (const Move& move : moves) {
        json::object& channel = *world.channel(move.id);
        bool changed = false;
        const json::value* old_position = channel.if_contains("position");
        if (move.position && (old_position == nullptr || *old_position != *move.position)) {
            channel["position"] = *move.position;
            changed = true;
        }
        if (move.parent && parent_of(channel) != *move.parent) {
            channel["parent_id"] = *move.parent;
            changed = true;
        }
        if (changed) call.emit("CHANNEL_UPDATE", channel, guild, intents::guilds);
    }
    return Response::no_content();
}

/// Validates the fields shared by channel create and modify into `target`.
void apply_channel_fields(Call& call, const json::object& body, json::object& target,
                          bool creating) {
    FormErrors errors;
    auto name = errors.string(body, "name", 1, 100, creating);
    auto topic = errors.string(body, "topic", 0, 1024, false);
    auto nsfw = errors.boolean(body, "nsfw");
    auto position = errors.integer(body, "position", 0, 1'000'000, false);
    auto slowmode = errors.integer(body, "rate_limit_per_user", 0, 21600, false);
    auto parent = errors.snowflake(body, "parent_id", false);
    std::optional<std::int64_t> type;
    if (creating) {
        type = errors.integer(body, "type", 0, 16, false);
        static constexpr std::array allowed{0, 2, 4, 5, 13, 15, 16};
        if (type && std::find(allowed.begin(), allowed.end(), *type) == allowed.end()) {
            errors.add("type", "BASE_TYPE_CHOICES",
                       "Value must be one of {0, 2, 4, 5, 13, 15, 16}.");
        }
    }
    if (parent) {
        const auto* p = call.world().channel(*parent);
        if (!p || p->at("type") != json::value(4)) {
            errors.add("parent_id", "CHANNEL_PARENT_INVALID_TYPE", "Category does not exist.");
        }
    }
    errors.raise_if_any();
    if (name) target["name"] = *name;
    if (topic) target["topic"] = *topic;
    if (nsfw) target["nsfw"] = *nsfw;
    if (position) target["position"] = *position;
    if (slowmode) target["rate_limit_per_user"] = *slowmode;
    if (body.contains("parent_id")) {
        target["parent_id"] = parent ? json::value(parent->to_string()) : json::value(nullptr);
    }
    if (type) target["type"] = *type;
}

}  // namespace

void add_channel_routes(Router& router) {
    router.add("GET", "/channels/{channel_id}", "",
               [](Call& call) { return Response::json(200, channel_or_404(call)); });
    router.add("PATCH", "/channels/{channel_id}", "channel_edit", [](Call& call) {
        json::object& channel = channel_or_404(call);
        const auto type = channel.at("type").to_number<int>();
        if (type == 10 || type == 11 || type == 12) {
            // Threads take their own fields and announce THREAD_UPDATE.
            json::object body = call.body();
            json::object thread_fields;
            for (const char* key : {"archived", "locked", "invitable", "auto_archive_duration"}) {
                if (auto* v = body.if_contains(key)) thread_fields[key] = *v;
                body.erase(key);
            }
            apply_thread_fields(call, thread_fields, channel);
            apply_channel_fields(call, body, channel, false);
            call.emit("THREAD_UPDATE", channel, guild_of(channel), intents::guilds);
            return Response::json(200, channel);
        }
        const json::object before = channel;
        apply_channel_fields(call, call.body(), channel, false);
        call.emit("CHANNEL_UPDATE", channel, guild_of(channel), intents::guilds);
        if (const auto guild = guild_of(channel)) {
            json::array changes;
            for (const auto& [key, value] : channel) {
                const auto* old = before.if_contains(key);
                if (!old || *old != value) {
                    changes.push_back(audit_change(key, old ? *old : json::value(), value));
                }
            }
            record_audit(call, *guild, 11, call.id("channel_id"), std::move(changes));
        }
        return Response::json(200, channel);
    });
    router.add("DELETE", "/channels/{channel_id}", "channel_edit", [](Call& call) {
        const json::object channel = channel_or_404(call);
        call.world().remove_channel(call.id("channel_id"));
        call.emit("CHANNEL_DELETE", channel, guild_of(channel), intents::guilds);
        if (const auto guild = guild_of(channel)) {
            record_audit(call, *guild, 12, call.id("channel_id"),
                         json::array{audit_change("name", channel.at("name"), nullptr)});
        }
        return Response::json(200, channel);
    });
    router.add("POST", "/channels/{channel_id}/typing", "typing", [](Call& call) {
        const json::object& channel = text_channel_or_404(call);
        World& world = call.world();
        json::object data{
            {"channel_id", channel.at("id")},
            {"user_id", world.bot_id().to_string()},
            {"timestamp", std::chrono::duration_cast<std::chrono::seconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count()},
        };
        const auto guild = guild_of(channel);
        if (guild) {
            data["guild_id"] = guild->to_string();
            if (const auto* m = world.member(*guild, world.bot_id())) data["member"] = *m;
        }
        call.emit(
            "TYPING_START", std::move(data), guild,
            message_intent(channel, intents::guild_message_typing, intents::direct_message_typing));
        return Response::no_content();
    });

    router.add("GET", "/guilds/{guild_id}/channels", "", [](Call& call) {
        const Snowflake guild = call.id("guild_id");
        if (!call.world().guild(guild)) throw api_errors::unknown_guild();
        json::array out;
        for (const auto* ch : call.world().channels(guild)) out.push_back(*ch);
        return Response::json(200, out);
    });
    router.add("POST", "/guilds/{guild_id}/channels", "", [](Call& call) {
        const Snowflake guild = call.id("guild_id");
        World& world = call.world();
        if (!world.guild(guild)) throw api_errors::unknown_guild();
        json::object fields;
        apply_channel_fields(call, call.body(), fields, true);
        const int type = fields.contains("type") ? fields.at("type").to_number<int>() : 0;
        const auto position = static_cast<int>(world.channels(guild).size());
        json::object channel =
            entities::guild_channel(world.next_id(), guild, type,
                                    fields.at("name").as_string().c_str(), position, std::nullopt);
        for (auto& [key, value] : fields) channel[key] = value;
        const json::object& stored = world.add_channel(std::move(channel));
        call.emit("CHANNEL_CREATE", stored, guild, intents::guilds);
        record_audit(call, guild, 10, Snowflake::parse(stored.at("id").as_string()),
                     json::array{audit_change("name", nullptr, stored.at("name")),
                                 audit_change("type", nullptr, stored.at("type"))});
        return Response::json(201, stored);
    });
    router.add("PATCH", "/guilds/{guild_id}/channels", "", modify_channel_positions);
}

}  // namespace hikari::sandbox
