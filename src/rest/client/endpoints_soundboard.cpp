// Soundboard sounds: playing one, Discord's defaults and a guild's own; following an
// announcement channel.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/json_fields.hpp"

namespace hikari {

using namespace rest;

namespace {

void write_double(JsonWriter& w, double value) {
    w.number(value);
}

void check_name(const std::string& name) {
    if (name.size() < 2 || name.size() > 32) {
        throw ValueError("a sound name must be 2 to 32 characters");
    }
}

}  // namespace

Task<void> RESTClient::send_soundboard_sound(Snowflake channel, Snowflake sound,
                                             std::optional<Snowflake> source_guild) {
    JsonWriter w;
    w.begin_object().key("sound_id").string(id(sound));
    if (source_guild) w.key("source_guild_id").string(id(*source_guild));
    w.end_object();
    auto request_spec =
        with_body(spec(routes::post_send_soundboard_sound, {channel}), json_body(std::move(w)));
    co_await impl_->request(std::move(request_spec));
}

Task<std::vector<SoundboardSound>> RESTClient::fetch_default_soundboard_sounds() {
    auto request_spec = spec(routes::get_default_soundboard_sounds, {});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<SoundboardSound>(response.body);
}

Task<std::vector<SoundboardSound>> RESTClient::fetch_guild_soundboard_sounds(Snowflake guild) {
    auto request_spec = spec(routes::get_guild_soundboard_sounds, {guild});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<SoundboardSound>(JsonFields(response.body).at("items"));
}

Task<SoundboardSound> RESTClient::fetch_guild_soundboard_sound(Snowflake guild, Snowflake sound) {
    return impl_->request_model<SoundboardSound>(
        spec(routes::get_guild_soundboard_sound, {guild, sound}));
}

Task<SoundboardSound> RESTClient::create_guild_soundboard_sound(Snowflake guild,
                                                                SoundboardSoundCreateOptions o,
                                                                std::optional<std::string> reason) {
    check_name(o.name);
    if (!o.sound.starts_with("data:")) throw ValueError("a sound must be a data URI");
    if (o.volume && (*o.volume < 0.0 || *o.volume > 1.0)) {
        throw ValueError("a sound's volume must be 0 to 1");
    }
    JsonWriter w;
    w.begin_object().key("name").string(o.name).key("sound").string(o.sound);
    put(w, "volume", o.volume, write_double);
    put(w, "emoji_id", o.emoji_id, write_id);
    put(w, "emoji_name", o.emoji_name, write_string);
    w.end_object();
    return impl_->request_model<SoundboardSound>(
        with_body(spec(routes::post_guild_soundboard_sound, {guild}, std::move(reason)),
                  json_body(std::move(w))));
}

Task<SoundboardSound> RESTClient::edit_guild_soundboard_sound(Snowflake guild, Snowflake sound,
                                                              SoundboardSoundEditOptions o,
                                                              std::optional<std::string> reason) {
    if (o.name) check_name(*o.name);
    JsonWriter w;
    w.begin_object();
    put(w, "name", o.name, write_string);
    put(w, "volume", o.volume, write_double);
    put(w, "emoji_id", o.emoji_id, write_id);
    put(w, "emoji_name", o.emoji_name, write_string);
    w.end_object();
    return impl_->request_model<SoundboardSound>(
        with_body(spec(routes::patch_guild_soundboard_sound, {guild, sound}, std::move(reason)),
                  json_body(std::move(w))));
}

Task<void> RESTClient::delete_guild_soundboard_sound(Snowflake guild, Snowflake sound,
                                                     std::optional<std::string> reason) {
    auto request_spec =
        spec(routes::delete_guild_soundboard_sound, {guild, sound}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

Task<FollowedChannel> RESTClient::follow_channel(Snowflake announcement_channel, Snowflake target,
                                                 std::optional<std::string> reason) {
    JsonWriter w;
    w.begin_object().key("webhook_channel_id").string(id(target)).end_object();
    auto request_spec =
        with_body(spec(routes::post_channel_followers, {announcement_channel}, std::move(reason)),
                  json_body(std::move(w)));
    auto response = co_await impl_->request(std::move(request_spec));
    const JsonFields fields(response.body);
    const auto channel = fields.id("channel_id");
    const auto webhook = fields.id("webhook_id");
    if (!channel || !webhook)
        throw ParseError("the follow response lacks channel_id or webhook_id");
    co_return FollowedChannel{*channel, *webhook};
}

}  // namespace hikari
