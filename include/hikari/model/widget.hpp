#pragma once
// A guild's widget: its settings and the public JSON (GET /guilds/{id}/widget.json).
// See docs/resources/guild.mdx "Guild Widget Settings Object" and "Guild Widget Object".

#include <hikari/model/common.hpp>

namespace hikari {

struct WidgetSettings {
    bool enabled = false;
    std::optional<Snowflake> channel_id;
    bool operator==(const WidgetSettings&) const = default;
};

/// A voice or stage channel open to @everyone, as the widget lists it.
struct WidgetChannel {
    Snowflake id;
    std::string name;
    std::int32_t position = 0;
    bool operator==(const WidgetChannel&) const = default;
};

/// An online member as the widget shows it: id, discriminator and avatar are anonymised by
/// Discord (ids count up from "0").
struct WidgetMember {
    std::string id;
    std::string username;
    std::string discriminator;
    std::optional<std::string> avatar;
    std::string status;  ///< "online", "idle", "dnd"
    std::optional<std::string> avatar_url;
    bool operator==(const WidgetMember&) const = default;
};

struct Widget {
    Snowflake id;
    std::string name;
    std::optional<std::string> instant_invite;
    std::vector<WidgetChannel> channels;
    std::vector<WidgetMember> members;
    std::int32_t presence_count = 0;
    bool operator==(const Widget&) const = default;
};

}  // namespace hikari
