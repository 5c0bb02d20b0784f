#pragma once
// JSON shapes of messages, embeds, components and polls.

#include "model/fields/guild_fields.hpp"

#include <hikari/model/allowed_mentions.hpp>
#include <hikari/model/message.hpp>

namespace hikari::json {

template <>
struct Fields<PartialEmoji> {
    using T = PartialEmoji;
    static constexpr auto list =
        std::tuple{opt("id", &T::id), opt("name", &T::name), opt("animated", &T::animated)};
};

// ---- embeds ----

template <>
struct Fields<EmbedFooter> {
    using T = EmbedFooter;
    static constexpr auto list = std::tuple{req("text", &T::text), opt("icon_url", &T::icon_url),
                                            opt("proxy_icon_url", &T::proxy_icon_url)};
};

template <class T>
constexpr auto embed_media_fields(auto url_field) {
    return std::tuple{url_field,
                      opt("proxy_url", &T::proxy_url),
                      opt("height", &T::height),
                      opt("width", &T::width),
                      opt("content_type", &T::content_type),
                      opt("placeholder", &T::placeholder),
                      opt("placeholder_version", &T::placeholder_version),
                      opt("description", &T::description),
                      opt("flags", &T::flags)};
}

template <>
struct Fields<EmbedImage> {
    static constexpr auto list = embed_media_fields<EmbedImage>(req("url", &EmbedImage::url));
};

template <>
struct Fields<EmbedVideo> {
    static constexpr auto list = embed_media_fields<EmbedVideo>(opt("url", &EmbedVideo::url));
};

template <>
struct Fields<EmbedProvider> {
    using T = EmbedProvider;
    static constexpr auto list = std::tuple{opt("name", &T::name), opt("url", &T::url)};
};

template <>
struct Fields<EmbedAuthor> {
    using T = EmbedAuthor;
    static constexpr auto list =
        std::tuple{req("name", &T::name), opt("url", &T::url), opt("icon_url", &T::icon_url),
                   opt("proxy_icon_url", &T::proxy_icon_url)};
};

template <>
struct Fields<EmbedField> {
    using T = EmbedField;
    static constexpr auto list =
        std::tuple{req("name", &T::name), req("value", &T::value), opt("inline", &T::inline_)};
};

template <>
struct Fields<Embed> {
    using T = Embed;
    static constexpr auto list = std::tuple{
        opt("title", &T::title),
        opt("type", &T::type),
        opt("description", &T::description),
        opt("url", &T::url),
        opt("timestamp", &T::timestamp),
        opt("color", &T::color),
        opt("footer", &T::footer),
        opt("image", &T::image),
        opt("thumbnail", &T::thumbnail),
        opt("video", &T::video),
        opt("provider", &T::provider),
        opt("author", &T::author),
        opt("fields", &T::fields),
        opt("flags", &T::flags),
    };
};

// ---- components ----

template <>
struct Fields<SelectOption> {
    using T = SelectOption;
    static constexpr auto list = std::tuple{req("label", &T::label), req("value", &T::value),
                                            opt("description", &T::description),
                                            opt("emoji", &T::emoji), opt("default", &T::default_)};
};

template <>
struct Fields<SelectDefaultValue> {
    using T = SelectDefaultValue;
    static constexpr auto list = std::tuple{req("id", &T::id), req("type", &T::type)};
};

template <>
struct Fields<UnfurledMediaItem> {
    using T = UnfurledMediaItem;
    static constexpr auto list = std::tuple{
        req("url", &T::url),
        opt("proxy_url", &T::proxy_url),
        opt("height", &T::height),
        opt("width", &T::width),
        opt("placeholder", &T::placeholder),
        opt("placeholder_version", &T::placeholder_version),
        opt("content_type", &T::content_type),
        opt("flags", &T::flags),
        opt("attachment_id", &T::attachment_id),
    };
};

template <>
struct Fields<MediaGalleryItem> {
    using T = MediaGalleryItem;
    static constexpr auto list = std::tuple{
        req("media", &T::media), opt("description", &T::description), opt("spoiler", &T::spoiler)};
};

// Requirements differ per component type, so every field but `type` is optional here.
template <>
struct Fields<Component> {
    using T = Component;
    static constexpr auto list = std::tuple{
        req("type", &T::type),
        opt("id", &T::id),
        opt("style", &T::style),
        opt("custom_id", &T::custom_id),
        opt("label", &T::label),
        opt("emoji", &T::emoji),
        opt("sku_id", &T::sku_id),
        opt("url", &T::url),
        opt("disabled", &T::disabled),
        opt("options", &T::options),
        opt("placeholder", &T::placeholder),
        opt("default_values", &T::default_values),
        opt("channel_types", &T::channel_types),
        opt("min_values", &T::min_values),
        opt("max_values", &T::max_values),
        opt("min_length", &T::min_length),
        opt("max_length", &T::max_length),
        opt("required", &T::required),
        opt("value", &T::value),
        opt("content", &T::content),
        opt("description", &T::description),
        opt("media", &T::media),
        opt("items", &T::items),
        opt("file", &T::file),
        opt("name", &T::name),
        opt("size", &T::size),
        opt("spoiler", &T::spoiler),
        opt("divider", &T::divider),
        opt("spacing", &T::spacing),
        opt("accent_color", &T::accent_color),
        opt("file_types", &T::file_types),
        opt("values", &T::values),
        opt("components", &T::components),
        opt("accessory", &T::accessory),
        opt("component", &T::component),
    };
};

/// {"parse":["everyone","users","roles"],"users":[ids],"roles":[ids],"replied_user":bool}.
/// Kinds in "parse" this version does not know are ignored.
template <>
struct Codec<AllowedMentions> {
    static void read(Value& v, AllowedMentions& out);
    static void write(JsonWriter& w, const AllowedMentions& in);
};

// ---- polls ----

template <>
struct Fields<PollMedia> {
    using T = PollMedia;
    static constexpr auto list = std::tuple{opt("text", &T::text), opt("emoji", &T::emoji)};
};

template <>
struct Fields<PollAnswer> {
    using T = PollAnswer;
    static constexpr auto list =
        std::tuple{opt("answer_id", &T::answer_id), req("poll_media", &T::poll_media)};
};

template <>
struct Fields<PollAnswerCount> {
    using T = PollAnswerCount;
    static constexpr auto list =
        std::tuple{req("id", &T::id), req("count", &T::count), req("me_voted", &T::me_voted)};
};

template <>
struct Fields<PollResults> {
    using T = PollResults;
    static constexpr auto list =
        std::tuple{req("is_finalized", &T::is_finalized), req("answer_counts", &T::answer_counts)};
};

template <>
struct Fields<Poll> {
    using T = Poll;
    static constexpr auto list = std::tuple{
        req("question", &T::question),       req("answers", &T::answers),
        req("expiry", &T::expiry),           req("allow_multiselect", &T::allow_multiselect),
        req("layout_type", &T::layout_type), opt("results", &T::results),
    };
};

/// The poll create request: {"question":{"text":..},"answers":[{"poll_media":{"text":..,
/// "emoji":{"id"|"name":..}}}],"duration":..,"allow_multiselect":..,"layout_type":..}.
template <>
struct Codec<PollCreate> {
    static void read(Value& v, PollCreate& out);
    static void write(JsonWriter& w, const PollCreate& in);
};

// ---- message parts ----

template <>
struct Fields<ChannelMention> {
    using T = ChannelMention;
    static constexpr auto list = std::tuple{req("id", &T::id), req("guild_id", &T::guild_id),
                                            req("type", &T::type), req("name", &T::name)};
};

template <>
struct Fields<Attachment> {
    using T = Attachment;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("filename", &T::filename),
        opt("title", &T::title),
        opt("description", &T::description),
        opt("content_type", &T::content_type),
        req("size", &T::size),
        req("url", &T::url),
        req("proxy_url", &T::proxy_url),
        opt("height", &T::height),
        opt("width", &T::width),
        opt("placeholder", &T::placeholder),
        opt("placeholder_version", &T::placeholder_version),
        opt("ephemeral", &T::ephemeral),
        opt("duration_secs", &T::duration_secs),
        opt("waveform", &T::waveform),
        opt("flags", &T::flags),
        opt("clip_participants", &T::clip_participants),
        opt("clip_created_at", &T::clip_created_at),
        opt<RawJson>("application", &T::application),
    };
};

template <>
struct Fields<ReactionCountDetails> {
    using T = ReactionCountDetails;
    static constexpr auto list = std::tuple{req("burst", &T::burst), req("normal", &T::normal)};
};

template <>
struct Fields<Reaction> {
    using T = Reaction;
    static constexpr auto list = std::tuple{
        req("count", &T::count), req("count_details", &T::count_details),
        req("me", &T::me),       req("me_burst", &T::me_burst),
        req("emoji", &T::emoji), req("burst_colors", &T::burst_colors),
    };
};

template <>
struct Fields<MessageActivity> {
    using T = MessageActivity;
    static constexpr auto list = std::tuple{req("type", &T::type), opt("party_id", &T::party_id)};
};

template <>
struct Fields<MessageReference> {
    using T = MessageReference;
    static constexpr auto list = std::tuple{
        opt("type", &T::type),
        opt("message_id", &T::message_id),
        opt("channel_id", &T::channel_id),
        opt("guild_id", &T::guild_id),
        opt("fail_if_not_exists", &T::fail_if_not_exists),
    };
};

template <>
struct Fields<MessageInteractionMetadata> {
    using T = MessageInteractionMetadata;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("type", &T::type),
        req("user", &T::user),
        req<RawJson>("authorizing_integration_owners", &T::authorizing_integration_owners),
        opt("original_response_message_id", &T::original_response_message_id),
        opt("target_user", &T::target_user),
        opt("target_message_id", &T::target_message_id),
        opt("interacted_message_id", &T::interacted_message_id),
        opt("triggering_interaction_metadata", &T::triggering_interaction_metadata),
    };
};

template <>
struct Fields<MessageInteraction> {
    using T = MessageInteraction;
    static constexpr auto list =
        std::tuple{req("id", &T::id), req("type", &T::type), req("name", &T::name),
                   req("user", &T::user), opt<RawJson>("member", &T::member)};
};

template <>
struct Fields<RoleSubscriptionData> {
    using T = RoleSubscriptionData;
    static constexpr auto list = std::tuple{
        req("role_subscription_listing_id", &T::role_subscription_listing_id),
        req("tier_name", &T::tier_name),
        req("total_months_subscribed", &T::total_months_subscribed),
        req("is_renewal", &T::is_renewal),
    };
};

template <>
struct Fields<MessageCall> {
    using T = MessageCall;
    static constexpr auto list = std::tuple{req("participants", &T::participants),
                                            opt("ended_timestamp", &T::ended_timestamp)};
};

template <>
struct Fields<SnapshotMessage> {
    using T = SnapshotMessage;
    static constexpr auto list = std::tuple{
        opt("type", &T::type),
        opt("content", &T::content),
        opt("embeds", &T::embeds),
        opt("attachments", &T::attachments),
        opt("timestamp", &T::timestamp),
        opt("edited_timestamp", &T::edited_timestamp),
        opt("flags", &T::flags),
        opt("mentions", &T::mentions),
        opt("mention_roles", &T::mention_roles),
        opt("stickers", &T::stickers),
        opt("sticker_items", &T::sticker_items),
        opt("components", &T::components),
    };
};

template <>
struct Fields<MessageSnapshot> {
    static constexpr auto list = std::tuple{req("message", &MessageSnapshot::message)};
};

template <>
struct Fields<Message> {
    using T = Message;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("channel_id", &T::channel_id),
        opt("guild_id", &T::guild_id),
        req("author", &T::author),
        opt("member", &T::member),
        req("content", &T::content),
        req("timestamp", &T::timestamp),
        req("edited_timestamp", &T::edited_timestamp),
        req("tts", &T::tts),
        req("mention_everyone", &T::mention_everyone),
        req("mentions", &T::mentions),
        req("mention_roles", &T::mention_roles),
        opt("mention_channels", &T::mention_channels),
        req("attachments", &T::attachments),
        req("embeds", &T::embeds),
        opt("reactions", &T::reactions),
        opt<RawJson>("nonce", &T::nonce),
        req("pinned", &T::pinned),
        opt("webhook_id", &T::webhook_id),
        req("type", &T::type),
        opt("activity", &T::activity),
        opt<RawJson>("application", &T::application),
        opt("application_id", &T::application_id),
        opt("flags", &T::flags),
        opt("message_reference", &T::message_reference),
        opt("message_snapshots", &T::message_snapshots),
        opt("referenced_message", &T::referenced_message),
        opt("interaction_metadata", &T::interaction_metadata),
        opt("interaction", &T::interaction),
        opt("thread", &T::thread),
        opt("components", &T::components),
        opt("sticker_items", &T::sticker_items),
        opt("stickers", &T::stickers),
        opt("position", &T::position),
        opt("role_subscription_data", &T::role_subscription_data),
        opt<RawJson>("resolved", &T::resolved),
        opt("poll", &T::poll),
        opt("call", &T::call),
        opt<RawJson>("shared_client_theme", &T::shared_client_theme),
    };
};

}  // namespace hikari::json
