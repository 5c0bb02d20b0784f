#pragma once
// Polls. See docs/resources/poll.mdx.

#include <hikari/model/partial_emoji.hpp>

namespace hikari {

enum class PollLayoutType : std::uint8_t { default_ = 1 };

struct PollMedia {
    std::optional<std::string> text;
    std::optional<PartialEmoji> emoji;
    bool operator==(const PollMedia&) const = default;
};

struct PollAnswer {
    std::optional<std::int32_t> answer_id;  ///< absent when creating a poll
    PollMedia poll_media;
    bool operator==(const PollAnswer&) const = default;
};

struct PollAnswerCount {
    std::int32_t id = 0;
    std::int32_t count = 0;
    bool me_voted = false;
    bool operator==(const PollAnswerCount&) const = default;
};

struct PollResults {
    bool is_finalized = false;
    std::vector<PollAnswerCount> answer_counts;
    bool operator==(const PollResults&) const = default;
};

/// A poll as a new message asks for it (the poll create request object). The question and
/// answers are text; an answer may carry a unicode emoji or a custom emoji's id.
struct PollCreate {
    std::string question = {};
    struct Answer {
        std::string text = {};
        std::optional<std::string> emoji = {};   ///< a unicode emoji
        std::optional<Snowflake> emoji_id = {};  ///< or a custom emoji's id
        bool operator==(const Answer&) const = default;
    };
    std::vector<Answer> answers = {};
    /// Hours the poll stays open, 1 to 768 (32 days).
    int duration_hours = 24;
    bool allow_multiselect = false;
    std::optional<PollLayoutType> layout_type = {};  ///< Discord's default when absent
    bool operator==(const PollCreate&) const = default;
};

struct Poll {
    PollMedia question;
    std::vector<PollAnswer> answers;
    std::optional<Timestamp> expiry;
    bool allow_multiselect = false;
    PollLayoutType layout_type{};
    std::optional<PollResults> results;
    bool operator==(const Poll&) const = default;
};

}  // namespace hikari
