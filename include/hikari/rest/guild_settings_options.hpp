#pragma once
// Options of the guild settings endpoints: widget, welcome screen, onboarding, template and
// incident action edits, and join request listing. Only the fields that are set are sent.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/core/snowflake.hpp>
#include <hikari/core/time.hpp>
#include <hikari/core/undefined.hpp>
#include <hikari/model/guild.hpp>
#include <hikari/model/guild_join.hpp>
#include <hikari/model/onboarding.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace hikari {

struct WidgetSettingsEditOptions {
    UndefinedOr<bool> enabled = {};
    UndefinedNoneOr<Snowflake> channel_id = {};
};

struct WelcomeScreenEditOptions {
    UndefinedOr<bool> enabled = {};
    UndefinedNoneOr<std::vector<WelcomeScreenChannel>> welcome_channels = {};
    UndefinedNoneOr<std::string> description = {};
};

/// The whole flow is replaced by what is sent (PUT); new prompts and options may carry any
/// id, Discord assigns theirs.
struct OnboardingEditOptions {
    UndefinedOr<std::vector<OnboardingPrompt>> prompts = {};
    UndefinedOr<std::vector<Snowflake>> default_channel_ids = {};
    UndefinedOr<bool> enabled = {};
    UndefinedOr<OnboardingMode> mode = {};
};

/// edit_template: only the fields set change.
struct GuildTemplateEditOptions {
    UndefinedOr<std::string> name = {};             ///< 1-100 characters
    UndefinedNoneOr<std::string> description = {};  ///< up to 120 characters
};

/// edit_incident_actions: pause invites or DMs until a time at most 24 hours ahead; none
/// lifts the pause, unset leaves it as it is.
struct IncidentActionsEditOptions {
    UndefinedNoneOr<Timestamp> invites_disabled_until = {};
    UndefinedNoneOr<Timestamp> dms_disabled_until = {};
};

/// The look of fetch_widget_image's picture.
enum class WidgetImageStyle : std::uint8_t {
    shield,   ///< the Discord logo and the online count
    banner1,  ///< icon, name and online count, "POWERED BY DISCORD" below
    banner2,  ///< smaller, with the Discord logo on the right
    banner3,  ///< large, with "Chat Now" in the footer
    banner4,  ///< large Discord logo on top and a "JOIN MY SERVER" button
};

/// fetch_join_requests: one page, filtered by status (STARTED, SUBMITTED, REJECTED,
/// APPROVED) and paged by request id.
struct JoinRequestListOptions {
    std::optional<std::string> status = {};
    std::optional<int> limit = {};  ///< 1-100, Discord's default 100
    std::optional<Snowflake> before = {};
    std::optional<Snowflake> after = {};
};

/// A page of join requests and how many match the filter in all.
struct GuildJoinRequestPage {
    std::int32_t total = 0;
    std::vector<GuildJoinRequest> requests = {};
};

}  // namespace hikari
