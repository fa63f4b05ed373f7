using DroneInspect.Grains.Abstractions.Review;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Vision.Thermal.Grading;

namespace DroneInspect.Grains.Review;

/// <summary>What makes a review request valid; each failure says what is wrong.</summary>
public static class ReviewRules
{
    public const int MaxCommentLength = 4000;
    public const int MaxWhoLength = 200;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first problem; returns the request with its comment trimmed.</summary>
    public static ReviewRequest Validate(ReviewRequest request, string who, GradingRules rules)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rules);
        if (string.IsNullOrWhiteSpace(who) || who.Length > MaxWhoLength)
        {
            throw new ArgumentException($"A review needs the reviewer's name (1 to {MaxWhoLength} characters).", nameof(who));
        }

        if (!ReviewActions.All.Contains(request.Action, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown review action '{request.Action}'; expected one of {string.Join(", ", ReviewActions.All)}.", nameof(request));
        }

        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        if (comment is { Length: > MaxCommentLength })
        {
            throw new ArgumentException($"The comment has {comment.Length} characters; at most {MaxCommentLength} are kept.", nameof(request));
        }

        if (comment is null && request.Action is ReviewActions.Reject or ReviewActions.Comment)
        {
            throw new ArgumentException($"'{request.Action}' needs a comment saying why.", nameof(request));
        }

        if (request.Action == ReviewActions.Regrade)
        {
            var levels = LevelsOf(request.Standard, rules);
            if (levels.Count == 0)
            {
                throw new ArgumentException($"A regrade needs a known standard, not '{request.Standard}'.", nameof(request));
            }

            if (!levels.Contains(request.Level ?? string.Empty, StringComparer.Ordinal))
            {
                throw new ArgumentException($"'{request.Level}' is not a level of {request.Standard}; its levels are {string.Join(", ", levels)}.", nameof(request));
            }

            return request with { Comment = comment };
        }

        return request with { Standard = null, Level = null, Comment = comment };
    }

    private static IReadOnlyList<string> LevelsOf(string? standard, GradingRules rules) =>
        standard is null ? []
        : standard == VisualDefects.Standard ? VisualDefects.Levels
        : rules.LevelsOf(standard);
}
