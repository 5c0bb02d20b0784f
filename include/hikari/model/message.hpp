#pragma once
// Messages and their parts. See docs/resources/message.mdx "Message Object".

#include <hikari/model/box.hpp>
#include <hikari/model/channel.hpp>
#include <hikari/model/component.hpp>
#include <hikari/model/embed.hpp>
#include <hikari/model/member.hpp>
#include <hikari/model/poll.hpp>
#include <hikari/model/sticker.hpp>

namespace hikari {

enum class MessageType : std::uint8_t {
    default_ = 0,
    recipient_add = 1,
    recipient_remove = 2,
    call = 3,
    channel_name_change = 4,
    channel_icon_change = 5,
    channel_pinned_message = 6,
    user_join = 7,
    guild_boost = 8,
    guild_boost_tier_1 = 9,
    guild_boost_tier_2 = 10,
    guild_boost_tier_3 = 11,
    channel_follow_add = 12,
    guild_discovery_disqualified = 14,
    guild_discovery_requalified = 15,
    guild_discovery_grace_period_initial_warning = 16,
    guild_discovery_grace_period_final_warning = 17,
    thread_created = 18,
    reply = 19,
    chat_input_command = 20,
    thread_starter_message = 21,
    guild_invite_reminder = 22,
    context_menu_command = 23,
    auto_moderation_action = 24,
    role_subscription_purchase = 25,
    interaction_premium_upsell = 26,
    stage_start = 27,
    stage_end = 28,
    stage_speaker = 29,
    stage_topic = 31,
    guild_application_premium_subscription = 32,
    guild_incident_alert_mode_enabled = 36,
    guild_incident_alert_mode_disabled = 37,
    guild_incident_report_raid = 38,
    guild_incident_report_false_alarm = 39,
    purchase_notification = 44,
    poll_result = 46,
};

enum class MessageFlags : std::uint32_t {
    crossposted = 1U << 0,
    is_crosspost = 1U << 1,
    suppress_embeds = 1U << 2,
    source_message_deleted = 1U << 3,
    urgent = 1U << 4,
    has_thread = 1U << 5,
    ephemeral = 1U << 6,
    loading = 1U << 7,
    failed_to_mention_some_roles_in_thread = 1U << 8,
    suppress_notifications = 1U << 12,
    is_voice_message = 1U << 13,
    has_snapshot = 1U << 14,
    is_components_v2 = 1U << 15,
};
template <>
inline constexpr bool enable_flag_operators<MessageFlags> = true;

enum class InteractionType : std::uint8_t {
    ping = 1,
    application_command = 2,
    message_component = 3,
    application_command_autocomplete = 4,
    modal_submit = 5,
};

enum class MessageReferenceType : std::uint8_t { default_ = 0, forward = 1 };

struct ChannelMention {
    Snowflake id;
    Snowflake guild_id;
    ChannelType type{};
    std::string name;
    bool operator==(const ChannelMention&) const = default;
};

struct Attachment {
    Snowflake id;
    std::string filename;
    std::optional<std::string> title;
    std::optional<std::string> description;
    std::optional<std::string> content_type;
    std::uint64_t size = 0;
    std::string url;
    std::string proxy_url;
    UndefinedNoneOr<std::int32_t> height;
    UndefinedNoneOr<std::int32_t> width;
    std::optional<std::string> placeholder;
    std::optional<std::int32_t> placeholder_version;
    std::optional<bool> ephemeral;
    std::optional<double> duration_secs;
    std::optional<std::string> waveform;  ///< base64
    std::optional<std::uint32_t> flags;
    std::vector<User> clip_participants;
    std::optional<Timestamp> clip_created_at;
    UndefinedNoneOr<std::string> application;  ///< a partial application, as JSON text
    bool operator==(const Attachment&) const = default;
};

struct ReactionCountDetails {
    std::int32_t burst = 0;
    std::int32_t normal = 0;
    bool operator==(const ReactionCountDetails&) const = default;
};

struct Reaction {
    std::int32_t count = 0;
    ReactionCountDetails count_details;
    bool me = false;
    bool me_burst = false;
    PartialEmoji emoji;
    std::vector<std::string> burst_colors;  ///< "#rrggbb"
    bool operator==(const Reaction&) const = default;
};

struct MessageActivity {
    std::uint8_t type = 0;  ///< 1 join, 2 spectate, 3 listen, 5 join request
    std::optional<std::string> party_id;
    bool operator==(const MessageActivity&) const = default;
};

struct MessageReference {
    std::optional<MessageReferenceType> type;
    std::optional<Snowflake> message_id;
    std::optional<Snowflake> channel_id;
    std::optional<Snowflake> guild_id;
    std::optional<bool> fail_if_not_exists;
    bool operator==(const MessageReference&) const = default;
};

/// The three documented shapes in one: which ids are set depends on `type`.
struct MessageInteractionMetadata {
    Snowflake id;
    InteractionType type{};
    User user;
    std::string authorizing_integration_owners;  ///< {integration type: id}, as JSON text
    std::optional<Snowflake> original_response_message_id;
    Box<User> target_user;
    std::optional<Snowflake> target_message_id;
    std::optional<Snowflake> interacted_message_id;
    Box<MessageInteractionMetadata> triggering_interaction_metadata;
    bool operator==(const MessageInteractionMetadata&) const = default;
};

/// Deprecated in favour of interaction_metadata, still sent.
struct MessageInteraction {
    Snowflake id;
    InteractionType type{};
    std::string name;
    User user;
    std::optional<std::string> member;  ///< a partial member, as JSON text
    bool operator==(const MessageInteraction&) const = default;
};

struct RoleSubscriptionData {
    Snowflake role_subscription_listing_id;
    std::string tier_name;
    std::int32_t total_months_subscribed = 0;
    bool is_renewal = false;
    bool operator==(const RoleSubscriptionData&) const = default;
};

struct MessageCall {
    std::vector<Snowflake> participants;
    UndefinedNoneOr<Timestamp> ended_timestamp;
    bool operator==(const MessageCall&) const = default;
};

/// The part of a forwarded message that a snapshot keeps.
struct SnapshotMessage {
    std::optional<MessageType> type;
    std::optional<std::string> content;
    std::vector<Embed> embeds;
    std::vector<Attachment> attachments;
    std::optional<Timestamp> timestamp;
    UndefinedNoneOr<Timestamp> edited_timestamp;
    std::optional<MessageFlags> flags;
    std::vector<User> mentions;
    std::vector<Snowflake> mention_roles;
    std::vector<Sticker> stickers;
    std::vector<StickerItem> sticker_items;
    std::vector<Component> components;
    bool operator==(const SnapshotMessage&) const = default;
};

struct MessageSnapshot {
    SnapshotMessage message;
    bool operator==(const MessageSnapshot&) const = default;
};

struct Message {
    Snowflake id;
    Snowflake channel_id;
    std::optional<Snowflake> guild_id;  ///< gateway events only
    User author;
    std::optional<Member> member;  ///< gateway events in guilds; without `user`
    std::string content;
    Timestamp timestamp{};
    std::optional<Timestamp> edited_timestamp;
    bool tts = false;
    bool mention_everyone = false;
    std::vector<User> mentions;
    std::vector<Snowflake> mention_roles;
    std::vector<ChannelMention> mention_channels;
    std::vector<Attachment> attachments;
    std::vector<Embed> embeds;
    std::vector<Reaction> reactions;
    std::optional<std::string> nonce;  ///< an integer or a string, as JSON text
    bool pinned = false;
    std::optional<Snowflake> webhook_id;
    MessageType type{};
    std::optional<MessageActivity> activity;
    std::optional<std::string> application;  ///< a partial application, as JSON text
    std::optional<Snowflake> application_id;
    std::optional<MessageFlags> flags;
    std::optional<MessageReference> message_reference;
    std::vector<MessageSnapshot> message_snapshots;
    /// Undefined: not a reply or not fetched; none: the replied-to message was deleted.
    UndefinedNoneOr<Box<Message>> referenced_message;
    // Large and uncommon parts live on the heap (Box: optional-like, null when absent).
    Box<MessageInteractionMetadata> interaction_metadata;
    Box<MessageInteraction> interaction;
    Box<Channel> thread;
    std::vector<Component> components;
    std::vector<StickerItem> sticker_items;
    std::vector<Sticker> stickers;
    std::optional<std::int32_t> position;
    Box<RoleSubscriptionData> role_subscription_data;
    std::optional<std::string> resolved;  ///< interaction resolved data, as JSON text
    Box<Poll> poll;
    Box<MessageCall> call;
    std::optional<std::string> shared_client_theme;  ///< as JSON text

    bool operator==(const Message&) const = default;
};

}  // namespace hikari
