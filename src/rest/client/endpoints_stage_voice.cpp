// Stage instances, voice states, voice regions and channel statuses; group DM recipients.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/json_fields.hpp"

namespace hikari {

using namespace rest;

namespace {

void check_topic(const std::string& topic) {
    if (topic.empty() || topic.size() > 120) {
        throw ValueError("a stage topic must be 1 to 120 characters");
    }
}

}  // namespace

Task<StageInstance> RESTClient::create_stage_instance(StageInstanceCreateOptions o,
                                                      std::optional<std::string> reason) {
    check_topic(o.topic);
    JsonWriter w;
    w.begin_object().key("channel_id").string(id(o.channel_id)).key("topic").string(o.topic);
    put(w, "privacy_level", o.privacy_level, write_enum<StagePrivacyLevel>);
    put(w, "send_start_notification", o.send_start_notification, write_bool);
    put(w, "guild_scheduled_event_id", o.guild_scheduled_event_id, write_id);
    w.end_object();
    return impl_->request_model<StageInstance>(with_body(
        spec(routes::post_stage_instance, {}, std::move(reason)), json_body(std::move(w))));
}

Task<StageInstance> RESTClient::fetch_stage_instance(Snowflake channel) {
    return impl_->request_model<StageInstance>(spec(routes::get_stage_instance, {channel}));
}

Task<StageInstance> RESTClient::edit_stage_instance(Snowflake channel, StageInstanceEditOptions o,
                                                    std::optional<std::string> reason) {
    if (o.topic) check_topic(*o.topic);
    JsonWriter w;
    w.begin_object();
    put(w, "topic", o.topic, write_string);
    put(w, "privacy_level", o.privacy_level, write_enum<StagePrivacyLevel>);
    w.end_object();
    return impl_->request_model<StageInstance>(with_body(
        spec(routes::patch_stage_instance, {channel}, std::move(reason)), json_body(std::move(w))));
}

Task<void> RESTClient::delete_stage_instance(Snowflake channel, std::optional<std::string> reason) {
    auto request_spec = spec(routes::delete_stage_instance, {channel}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

Task<VoiceState> RESTClient::fetch_my_voice_state(Snowflake guild) {
    return impl_->request_model<VoiceState>(spec(routes::get_my_voice_state, {guild}));
}

Task<VoiceState> RESTClient::fetch_voice_state(Snowflake guild, Snowflake user) {
    return impl_->request_model<VoiceState>(spec(routes::get_voice_state, {guild, user}));
}

Task<void> RESTClient::edit_my_voice_state(Snowflake guild, MyVoiceStateEditOptions o) {
    JsonWriter w;
    w.begin_object();
    put(w, "channel_id", o.channel_id, write_id);
    put(w, "suppress", o.suppress, write_bool);
    put(w, "request_to_speak_timestamp", o.request_to_speak_timestamp,
        [](JsonWriter& out, Timestamp t) { out.string(format_iso8601(t)); });
    w.end_object();
    auto request_spec =
        with_body(spec(routes::patch_my_voice_state, {guild}), json_body(std::move(w)));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::edit_voice_state(Snowflake guild, Snowflake user, VoiceStateEditOptions o) {
    JsonWriter w;
    w.begin_object().key("channel_id").string(id(o.channel_id));
    put(w, "suppress", o.suppress, write_bool);
    w.end_object();
    auto request_spec =
        with_body(spec(routes::patch_voice_state, {guild, user}), json_body(std::move(w)));
    co_await impl_->request(std::move(request_spec));
}

Task<std::vector<VoiceRegion>> RESTClient::fetch_voice_regions() {
    auto request_spec = spec(routes::get_voice_regions, {});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<VoiceRegion>(response.body);
}

Task<void> RESTClient::set_voice_channel_status(Snowflake channel,
                                                std::optional<std::string> status) {
    if (status && status->size() > 500)
        throw ValueError("a voice status is at most 500 characters");
    JsonWriter w;
    w.begin_object().key("status");
    if (status) {
        w.string(*status);
    } else {
        w.null();
    }
    w.end_object();
    auto request_spec =
        with_body(spec(routes::put_voice_status, {channel}), json_body(std::move(w)));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::add_group_dm_recipient(Snowflake channel, Snowflake user,
                                              std::string access_token,
                                              std::optional<std::string> nick) {
    if (access_token.empty()) throw ValueError("adding to a group DM needs an access token");
    JsonWriter w;
    w.begin_object().key("access_token").string(access_token);
    if (nick) w.key("nick").string(*nick);
    w.end_object();
    auto request_spec =
        with_body(spec(routes::put_recipient, {channel, user}), json_body(std::move(w)));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::remove_group_dm_recipient(Snowflake channel, Snowflake user) {
    auto request_spec = spec(routes::delete_recipient, {channel, user});
    co_await impl_->request(std::move(request_spec));
}

}  // namespace hikari
