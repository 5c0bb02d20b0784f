#pragma once
// Gateway intents: which groups of events the gateway sends us.
// See docs/events/gateway.mdx "List of Intents" and "Privileged Intents".

#include <hikari/core/errors_base.hpp>

#include <fmt/core.h>

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

namespace hikari {

class Intents {
  public:
    constexpr Intents() noexcept = default;
    /// Keeps every bit, including ones this version does not know about.
    constexpr explicit Intents(std::uint32_t value) noexcept : value_(value) {}

    static const Intents guilds;
    static const Intents guild_members;  // privileged
    static const Intents guild_moderation;
    static const Intents guild_expressions;
    static const Intents guild_integrations;
    static const Intents guild_webhooks;
    static const Intents guild_invites;
    static const Intents guild_voice_states;
    static const Intents guild_presences;  // privileged
    static const Intents guild_messages;
    static const Intents guild_message_reactions;
    static const Intents guild_message_typing;
    static const Intents direct_messages;
    static const Intents direct_message_reactions;
    static const Intents direct_message_typing;
    static const Intents message_content;  // privileged
    static const Intents guild_scheduled_events;
    static const Intents auto_moderation_configuration;
    static const Intents auto_moderation_execution;
    static const Intents guild_message_polls;
    static const Intents direct_message_polls;

    static constexpr Intents none() noexcept { return Intents{}; }
    /// Every intent documented by Discord (privileged ones included).
    static constexpr Intents all() noexcept;
    /// Every intent that needs no toggle in the Developer Portal.
    static constexpr Intents all_unprivileged() noexcept;
    /// guild_members | guild_presences | message_content.
    static constexpr Intents privileged() noexcept;

    /// Parses names joined by '|' ("GUILDS | guild_messages"), case-insensitive, with
    /// optional spaces. "NONE" and hexadecimal bits ("0x80000000") are accepted too, so
    /// that parse(x.to_string()) == x. Throws ParseError naming the first bad part.
    static Intents parse(std::string_view text);

    [[nodiscard]] constexpr std::uint32_t value() const noexcept { return value_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return value_ == 0; }
    [[nodiscard]] constexpr explicit operator bool() const noexcept { return value_ != 0; }

    /// True when every bit of `other` is set here (so contains(none()) is true).
    [[nodiscard]] constexpr bool contains(Intents other) const noexcept {
        return (value_ & other.value_) == other.value_;
    }
    /// True when at least one bit of `other` is set here.
    [[nodiscard]] constexpr bool any(Intents other) const noexcept {
        return (value_ & other.value_) != 0;
    }
    [[nodiscard]] constexpr Intents without(Intents other) const noexcept {
        return Intents{value_ & ~other.value_};
    }
    /// True when any privileged intent is set: those need the Developer Portal toggle
    /// or the gateway closes with 4014.
    [[nodiscard]] constexpr bool is_privileged() const noexcept;
    /// Bits that match no documented intent (the gateway closes with 4013 on them).
    [[nodiscard]] constexpr Intents unknown_bits() const noexcept;

    /// "GUILDS | GUILD_MESSAGES" in bit order; unknown bits as "0x80000000"; "NONE" if empty.
    [[nodiscard]] std::string to_string() const;

    friend constexpr Intents operator|(Intents a, Intents b) noexcept {
        return Intents{a.value_ | b.value_};
    }
    friend constexpr Intents operator&(Intents a, Intents b) noexcept {
        return Intents{a.value_ & b.value_};
    }
    friend constexpr Intents operator^(Intents a, Intents b) noexcept {
        return Intents{a.value_ ^ b.value_};
    }
    /// Complement within the documented intents: ~guilds never sets reserved bits.
    friend constexpr Intents operator~(Intents a) noexcept;
    constexpr Intents& operator|=(Intents other) noexcept {
        value_ |= other.value_;
        return *this;
    }
    constexpr Intents& operator&=(Intents other) noexcept {
        value_ &= other.value_;
        return *this;
    }
    constexpr Intents& operator^=(Intents other) noexcept {
        value_ ^= other.value_;
        return *this;
    }
    friend constexpr bool operator==(Intents, Intents) noexcept = default;

  private:
    std::uint32_t value_ = 0;
};

inline constexpr Intents Intents::guilds{1u << 0};
inline constexpr Intents Intents::guild_members{1u << 1};
inline constexpr Intents Intents::guild_moderation{1u << 2};
inline constexpr Intents Intents::guild_expressions{1u << 3};
inline constexpr Intents Intents::guild_integrations{1u << 4};
inline constexpr Intents Intents::guild_webhooks{1u << 5};
inline constexpr Intents Intents::guild_invites{1u << 6};
inline constexpr Intents Intents::guild_voice_states{1u << 7};
inline constexpr Intents Intents::guild_presences{1u << 8};
inline constexpr Intents Intents::guild_messages{1u << 9};
inline constexpr Intents Intents::guild_message_reactions{1u << 10};
inline constexpr Intents Intents::guild_message_typing{1u << 11};
inline constexpr Intents Intents::direct_messages{1u << 12};
inline constexpr Intents Intents::direct_message_reactions{1u << 13};
inline constexpr Intents Intents::direct_message_typing{1u << 14};
inline constexpr Intents Intents::message_content{1u << 15};
inline constexpr Intents Intents::guild_scheduled_events{1u << 16};
inline constexpr Intents Intents::auto_moderation_configuration{1u << 20};
inline constexpr Intents Intents::auto_moderation_execution{1u << 21};
inline constexpr Intents Intents::guild_message_polls{1u << 24};
inline constexpr Intents Intents::direct_message_polls{1u << 25};

constexpr Intents Intents::privileged() noexcept {
    return guild_members | guild_presences | message_content;
}

constexpr Intents Intents::all() noexcept {
    return guilds | guild_members | guild_moderation | guild_expressions | guild_integrations |
           guild_webhooks | guild_invites | guild_voice_states | guild_presences | guild_messages |
           guild_message_reactions | guild_message_typing | direct_messages |
           direct_message_reactions | direct_message_typing | message_content |
           guild_scheduled_events | auto_moderation_configuration | auto_moderation_execution |
           guild_message_polls | direct_message_polls;
}

constexpr Intents Intents::all_unprivileged() noexcept {
    return all().without(privileged());
}

constexpr bool Intents::is_privileged() const noexcept {
    return any(privileged());
}

constexpr Intents Intents::unknown_bits() const noexcept {
    return without(all());
}

constexpr Intents operator~(Intents a) noexcept {
    return Intents::all().without(a);
}

std::ostream& operator<<(std::ostream& out, Intents intents);

}  // namespace hikari

/// fmt::format("{}", x) and spdlog print the same text as to_string().
template <>
struct fmt::formatter<hikari::Intents> : fmt::formatter<std::string_view> {
    template <typename FormatContext>
    auto format(hikari::Intents value, FormatContext& ctx) const {
        return fmt::formatter<std::string_view>::format(value.to_string(), ctx);
    }
};
