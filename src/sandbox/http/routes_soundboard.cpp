// Soundboard: Discord's default sounds, a guild's own ("soundboard_sounds" store per guild),
// playing one in a voice channel; and following an announcement channel.

#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/message_ops.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

namespace hikari::sandbox {

namespace json = boost::json;
namespace fi = feature_intents;

namespace {

constexpr std::size_t max_sound_bytes = 512 * 1024;
constexpr std::size_t max_guild_sounds = 8;  // boost tier 0

[[noreturn]] void unknown_sound() {
    raise_unknown(10097, "Unknown Sound");
}

const json::array& default_sounds() {
    static const json::array sounds = [] {
        json::array out;
        const std::pair<const char*, const char*> items[] = {
            {"1", "quack"}, {"2", "airhorn"}, {"3", "cricket"}};
        for (const auto& [id, name] : items) {
            out.push_back(json::object{{"name", name},
                                       {"sound_id", id},
                                       {"volume", 1.0},
                                       {"emoji_id", nullptr},
                                       {"emoji_name", nullptr},
                                       {"available", true}});
        }
        return out;
    }();
    return sounds;
}

std::map<Snowflake, json::object>& sounds_of(World& world, Snowflake guild) {
    return world.entities("soundboard_sounds", guild);
}

json::object& sound_or_404(Call& call, Snowflake guild) {
    auto& sounds = sounds_of(call.world(), guild);
    auto it = sounds.find(call.id("sound_id"));
    if (it == sounds.end()) unknown_sound();
    return it->second;
}

/// name, volume, emoji_id, emoji_name of a create or edit body into `sound`.
void apply_fields(FormErrors& errors, const json::object& body, json::object& sound,
                  bool creating) {
    auto name = errors.string(body, "name", 2, 32, creating);
    std::optional<double> volume;
    if (const auto* v = body.if_contains("volume"); v && !v->is_null()) {
        if (!v->is_number() || v->to_number<double>() < 0.0 || v->to_number<double>() > 1.0) {
            errors.add("volume", "NUMBER_TYPE_MAX", "Volume must be between 0 and 1.");
        } else {
            volume = v->to_number<double>();
        }
    }
    auto emoji_id = errors.snowflake(body, "emoji_id", false);
    auto emoji_name = errors.string(body, "emoji_name", 1, 32, false);
    if (!errors.empty()) return;
    if (name) sound["name"] = *name;
    if (body.contains("volume")) sound["volume"] = volume.value_or(1.0);
    if (body.contains("emoji_id")) {
        sound["emoji_id"] = emoji_id ? json::value(emoji_id->to_string()) : json::value(nullptr);
    }
    if (body.contains("emoji_name")) {
        sound["emoji_name"] = emoji_name ? json::value(*emoji_name) : json::value(nullptr);
    }
}

}  // namespace

void add_soundboard_routes(Router& router) {
    router.add("GET", "/soundboard-default-sounds", "",
               [](Call&) { return Response::json(200, default_sounds()); });
    router.add("GET", "/guilds/{guild_id}/soundboard-sounds", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        json::array items;
        for (const auto& [id, s] : sounds_of(call.world(), guild)) items.push_back(s);
        return Response::json(200, json::object{{"items", std::move(items)}});
    });
    router.add("GET", "/guilds/{guild_id}/soundboard-sounds/{sound_id}", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(200, sound_or_404(call, guild));
    });
    router.add("POST", "/guilds/{guild_id}/soundboard-sounds", "soundboard", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        World& world = call.world();
        FormErrors errors;
        check_data_uri(errors, call.body(), "sound", {"audio/mpeg", "audio/ogg", "audio/mp3"},
                       max_sound_bytes, true);
        const Snowflake id = world.next_id();
        json::object sound{
            {"name", ""},          {"sound_id", id.to_string()}, {"volume", 1.0},
            {"emoji_id", nullptr}, {"emoji_name", nullptr},      {"guild_id", guild.to_string()},
            {"available", true},   {"user", world.bot_user()}};
        apply_fields(errors, call.body(), sound, true);
        errors.raise_if_any();
        auto& sounds = sounds_of(world, guild);
        if (sounds.size() >= max_guild_sounds) {
            throw ApiError(400, 30045, "Maximum number of soundboard sounds reached (8)");
        }
        const json::object& stored = sounds[id] = std::move(sound);
        call.emit("GUILD_SOUNDBOARD_SOUND_CREATE", stored, guild, fi::guild_expressions);
        return Response::json(201, stored);
    });
    router.add("PATCH", "/guilds/{guild_id}/soundboard-sounds/{sound_id}", "soundboard",
               [](Call& call) {
                   const Snowflake guild = guild_or_404(call);
                   json::object& sound = sound_or_404(call, guild);
                   FormErrors errors;
                   json::object edited = sound;
                   apply_fields(errors, call.body(), edited, false);
                   errors.raise_if_any();
                   sound = std::move(edited);
                   call.emit("GUILD_SOUNDBOARD_SOUND_UPDATE", sound, guild, fi::guild_expressions);
                   return Response::json(200, sound);
               });
    router.add("DELETE", "/guilds/{guild_id}/soundboard-sounds/{sound_id}", "soundboard",
               [](Call& call) {
                   const Snowflake guild = guild_or_404(call);
                   sound_or_404(call, guild);
                   sounds_of(call.world(), guild).erase(call.id("sound_id"));
                   call.emit("GUILD_SOUNDBOARD_SOUND_DELETE",
                             json::object{{"sound_id", call.id("sound_id").to_string()},
                                          {"guild_id", guild.to_string()}},
                             guild, fi::guild_expressions);
                   return Response::no_content();
               });

    router.add("POST", "/channels/{channel_id}/send-soundboard-sound", "", [](Call& call) {
        const json::object& channel = channel_or_404(call);
        const auto guild = guild_of(channel);
        const int type = channel_type(channel);
        if (!guild || (type != 2 && type != 13)) {
            throw ApiError(400, 50024, "Cannot execute action on this channel type");
        }
        World& world = call.world();
        FormErrors errors;
        const auto sound = errors.snowflake(call.body(), "sound_id", true);
        const auto source = errors.snowflake(call.body(), "source_guild_id", false);
        errors.raise_if_any();
        // The bot must be in this channel, able to speak.
        auto& states = world.entities("voice_states", *guild);
        auto it = states.find(world.bot_id());
        if (it == states.end() || it->second.at("channel_id") != channel.at("id")) {
            throw ApiError(400, 40032, "Target user is not connected to voice");
        }
        for (const char* flag : {"deaf", "self_deaf", "mute", "suppress"}) {
            if (it->second.at(flag).as_bool()) throw api_errors::missing_permissions();
        }
        const json::object* found = nullptr;
        if (source) {
            if (!world.guild(*source)) throw api_errors::unknown_guild();
            auto& sounds = sounds_of(world, *source);
            if (auto s = sounds.find(*sound); s != sounds.end()) found = &s->second;
        } else {
            auto& sounds = sounds_of(world, *guild);
            if (auto s = sounds.find(*sound); s != sounds.end()) found = &s->second;
            for (const auto& d : default_sounds()) {
                if (d.at("sound_id") == json::value(sound->to_string())) found = &d.as_object();
            }
        }
        if (!found) unknown_sound();
        json::object effect{{"channel_id", channel.at("id")},
                            {"guild_id", guild->to_string()},
                            {"user_id", world.bot_id().to_string()},
                            {"sound_id", sound->to_string()},
                            {"sound_volume", found->at("volume")}};
        if (source) effect["source_guild_id"] = source->to_string();
        call.emit("VOICE_CHANNEL_EFFECT_SEND", std::move(effect), guild, fi::guild_voice_states);
        return Response::no_content();
    });

    router.add("POST", "/channels/{channel_id}/followers", "", [](Call& call) {
        const json::object& source = channel_or_404(call);
        if (channel_type(source) != 5) {
            throw ApiError(400, 50024, "Cannot execute action on this channel type");
        }
        World& world = call.world();
        FormErrors errors;
        const auto target_id = errors.snowflake(call.body(), "webhook_channel_id", true);
        errors.raise_if_any();
        const json::object* target = world.channel(*target_id);
        if (!target) throw api_errors::unknown_channel();
        const auto guild = guild_of(*target);
        if (!guild || (channel_type(*target) != 0 && channel_type(*target) != 5)) {
            throw ApiError(400, 50024, "Cannot execute action on this channel type");
        }
        const Snowflake id = world.next_id();
        json::object hook{
            {"id", id.to_string()},
            {"type", 2},
            {"guild_id", guild->to_string()},
            {"channel_id", target_id->to_string()},
            {"user", world.bot_user()},
            {"name", source.at("name")},
            {"avatar", nullptr},
            {"application_id", nullptr},
            {"source_guild", json::object{{"id", source.at("guild_id")}}},
            {"source_channel", json::object{{"id", source.at("id")}, {"name", source.at("name")}}}};
        world.add_webhook(std::move(hook));
        call.emit(
            "WEBHOOKS_UPDATE",
            json::object{{"guild_id", guild->to_string()}, {"channel_id", target_id->to_string()}},
            guild, fi::guild_webhooks);
        return Response::json(
            200, json::object{{"channel_id", source.at("id")}, {"webhook_id", id.to_string()}});
    });
}

}  // namespace hikari::sandbox
