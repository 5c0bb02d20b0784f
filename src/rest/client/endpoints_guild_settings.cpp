// Guild settings: widget (settings, JSON, image), welcome screen, onboarding, vanity URL,
// incident actions, preview and voice regions.

#include "rest/client/endpoint_helpers.hpp"

#include <hikari/model/onboarding.hpp>
#include <hikari/model/voice_region.hpp>
#include <hikari/model/widget.hpp>

namespace hikari {

using namespace rest;

namespace {

void write_welcome_channels(JsonWriter& w, const std::vector<WelcomeScreenChannel>& channels) {
    if (channels.size() > 5) throw ValueError("a welcome screen has at most 5 channels");
    w.begin_array();
    for (const auto& c : channels) {
        w.begin_object().key("channel_id").string(id(c.channel_id));
        w.key("description").string(c.description);
        w.key("emoji_id");
        if (c.emoji_id) {
            w.string(id(*c.emoji_id));
        } else {
            w.null();
        }
        w.key("emoji_name");
        if (c.emoji_name) {
            w.string(*c.emoji_name);
        } else {
            w.null();
        }
        w.end_object();
    }
    w.end_array();
}

}  // namespace

Task<WidgetSettings> RESTClient::fetch_widget_settings(Snowflake guild) {
    return impl_->request_model<WidgetSettings>(spec(routes::get_widget_settings, {guild}));
}

Task<WidgetSettings> RESTClient::edit_widget_settings(Snowflake guild, WidgetSettingsEditOptions o,
                                                      std::optional<std::string> reason) {
    JsonWriter w;
    w.begin_object();
    put(w, "enabled", o.enabled, write_bool);
    put(w, "channel_id", o.channel_id, write_id);
    w.end_object();
    return impl_->request_model<WidgetSettings>(with_body(
        spec(routes::patch_widget_settings, {guild}, std::move(reason)), json_body(std::move(w))));
}

Task<Widget> RESTClient::fetch_widget(Snowflake guild) {
    return impl_->request_model<Widget>(spec(routes::get_widget, {guild}));
}

Task<std::string> RESTClient::fetch_widget_image(Snowflake guild, WidgetImageStyle style) {
    static constexpr const char* styles[] = {"shield", "banner1", "banner2", "banner3", "banner4"};
    const auto index = static_cast<std::size_t>(style);
    if (index >= std::size(styles)) throw ValueError("unknown widget image style");
    auto s = spec(routes::get_widget_image, {guild});
    s.query.emplace_back("style", styles[index]);
    auto response = co_await impl_->request(std::move(s));
    co_return std::move(response.body);
}

Task<WelcomeScreen> RESTClient::fetch_welcome_screen(Snowflake guild) {
    return impl_->request_model<WelcomeScreen>(spec(routes::get_welcome_screen, {guild}));
}

Task<WelcomeScreen> RESTClient::edit_welcome_screen(Snowflake guild, WelcomeScreenEditOptions o,
                                                    std::optional<std::string> reason) {
    JsonWriter w;
    w.begin_object();
    put(w, "enabled", o.enabled, write_bool);
    put(w, "welcome_channels", o.welcome_channels, write_welcome_channels);
    put(w, "description", o.description, write_string);
    w.end_object();
    return impl_->request_model<WelcomeScreen>(with_body(
        spec(routes::patch_welcome_screen, {guild}, std::move(reason)), json_body(std::move(w))));
}

Task<Onboarding> RESTClient::fetch_onboarding(Snowflake guild) {
    return impl_->request_model<Onboarding>(spec(routes::get_onboarding, {guild}));
}

Task<Onboarding> RESTClient::edit_onboarding(Snowflake guild, OnboardingEditOptions o,
                                             std::optional<std::string> reason) {
    JsonWriter w;
    w.begin_object();
    put(w, "prompts", o.prompts, [](JsonWriter& out, const std::vector<OnboardingPrompt>& ps) {
        out.begin_array();
        for (const auto& p : ps) out.raw(to_json(p));
        out.end_array();
    });
    put(w, "default_channel_ids", o.default_channel_ids, write_ids);
    put(w, "enabled", o.enabled, write_bool);
    put(w, "mode", o.mode, write_enum<OnboardingMode>);
    w.end_object();
    return impl_->request_model<Onboarding>(with_body(
        spec(routes::put_onboarding, {guild}, std::move(reason)), json_body(std::move(w))));
}

Task<VanityUrl> RESTClient::fetch_vanity_url(Snowflake guild) {
    auto request_spec = spec(routes::get_vanity_url, {guild});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_vanity_url(response.body);
}

Task<IncidentsData> RESTClient::edit_incident_actions(Snowflake guild,
                                                      IncidentActionsEditOptions o) {
    auto write_time = [](JsonWriter& out, Timestamp t) { out.string(format_iso8601(t)); };
    JsonWriter w;
    w.begin_object();
    put(w, "invites_disabled_until", o.invites_disabled_until, write_time);
    put(w, "dms_disabled_until", o.dms_disabled_until, write_time);
    w.end_object();
    return impl_->request_model<IncidentsData>(
        with_body(spec(routes::put_incident_actions, {guild}), json_body(std::move(w))));
}

Task<GuildPreview> RESTClient::fetch_guild_preview(Snowflake guild) {
    return impl_->request_model<GuildPreview>(spec(routes::get_guild_preview, {guild}));
}

Task<std::vector<VoiceRegion>> RESTClient::fetch_guild_voice_regions(Snowflake guild) {
    auto request_spec = spec(routes::get_guild_regions, {guild});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<VoiceRegion>(response.body);
}

}  // namespace hikari
