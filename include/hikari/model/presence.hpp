#pragma once
// Presences and activities. See docs/events/gateway-events.mdx "Presence Update".

#include <hikari/model/user.hpp>

namespace hikari {

enum class ActivityType : std::uint8_t {
    playing = 0,
    streaming = 1,
    listening = 2,
    watching = 3,
    custom = 4,
    competing = 5,
};
enum class StatusDisplayType : std::uint8_t { name = 0, state = 1, details = 2 };

enum class ActivityFlags : std::uint32_t {
    instance = 1U << 0,
    join = 1U << 1,
    spectate = 1U << 2,
    join_request = 1U << 3,
    sync = 1U << 4,
    play = 1U << 5,
    party_privacy_friends = 1U << 6,
    party_privacy_voice_channel = 1U << 7,
    embedded = 1U << 8,
};
template <>
inline constexpr bool enable_flag_operators<ActivityFlags> = true;

/// Unix milliseconds.
struct ActivityTimestamps {
    std::optional<std::int64_t> start;
    std::optional<std::int64_t> end;
    bool operator==(const ActivityTimestamps&) const = default;
};

struct ActivityEmoji {
    std::string name;
    std::optional<Snowflake> id;
    std::optional<bool> animated;
    bool operator==(const ActivityEmoji&) const = default;
};

struct ActivityParty {
    std::optional<std::string> id;
    std::vector<std::int64_t> size;  ///< [current, max] when set
    bool operator==(const ActivityParty&) const = default;
};

struct ActivityAssets {
    std::optional<std::string> large_image;
    std::optional<std::string> large_text;
    std::optional<std::string> large_url;
    std::optional<std::string> small_image;
    std::optional<std::string> small_text;
    std::optional<std::string> small_url;
    std::optional<std::string> invite_cover_image;
    bool operator==(const ActivityAssets&) const = default;
};

struct ActivitySecrets {
    std::optional<std::string> join;
    std::optional<std::string> spectate;
    std::optional<std::string> match;
    bool operator==(const ActivitySecrets&) const = default;
};

struct Activity {
    std::string name;
    ActivityType type{};
    UndefinedNoneOr<std::string> url;
    std::optional<std::int64_t> created_at;  ///< unix ms; absent in activities a bot sends
    std::optional<ActivityTimestamps> timestamps;
    std::optional<Snowflake> application_id;
    UndefinedNoneOr<StatusDisplayType> status_display_type;
    UndefinedNoneOr<std::string> details;
    UndefinedNoneOr<std::string> details_url;
    UndefinedNoneOr<std::string> state;
    UndefinedNoneOr<std::string> state_url;
    UndefinedNoneOr<ActivityEmoji> emoji;
    std::optional<ActivityParty> party;
    std::optional<ActivityAssets> assets;
    std::optional<ActivitySecrets> secrets;
    std::optional<bool> instance;
    std::optional<ActivityFlags> flags;
    /// Bots receive button labels (strings); senders give {label, url} objects.
    /// Each element is kept as its JSON text.
    std::vector<std::string> buttons;
    bool operator==(const Activity&) const = default;
};

/// "online", "idle", "dnd", "offline" per platform; absent platforms are not active.
struct ClientStatus {
    std::optional<std::string> desktop;
    std::optional<std::string> mobile;
    std::optional<std::string> web;
    std::optional<std::string> vr;
    bool operator==(const ClientStatus&) const = default;
};

/// The user may be partial (only `id` is guaranteed), hence a separate id-first type.
struct PartialUser {
    Snowflake id;
    std::optional<std::string> username;
    std::optional<std::string> discriminator;
    UndefinedNoneOr<std::string> global_name;
    UndefinedNoneOr<ImageHash> avatar;
    std::optional<bool> bot;
    bool operator==(const PartialUser&) const = default;
};

struct Presence {
    PartialUser user;
    std::optional<Snowflake> guild_id;  ///< absent in presences inside GUILD_CREATE
    std::string status;
    std::vector<Activity> activities;
    std::optional<ClientStatus> client_status;
    bool operator==(const Presence&) const = default;
};

}  // namespace hikari
