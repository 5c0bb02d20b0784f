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
