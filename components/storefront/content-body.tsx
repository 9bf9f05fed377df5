import { parseContentMarkup } from '@/lib/content/content-markup.rules';

/** A content page's body as React elements: every text is a text node, never HTML. */
export function ContentBody({ body }: { body: string }) {
  return (
    <div className="space-y-4 leading-relaxed text-gray-800">
      {parseContentMarkup(body).map((block, index) => {
        if (block.kind === 'heading') {
          const Heading = block.level === 2 ? 'h2' : 'h3';
          return (
            <Heading key={index} className={block.level === 2 ? 'pt-4 text-xl font-semibold' : 'pt-2 font-semibold'}>
              {block.text}
            </Heading>
          );
        }
        if (block.kind === 'list') {
          const List = block.ordered ? 'ol' : 'ul';
          return (
            <List key={index} className={block.ordered ? 'list-decimal space-y-1 pl-6' : 'list-disc space-y-1 pl-6'}>
              {block.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </List>
          );
        }
        return (
          <p key={index}>
            {block.lines.map((line, i) => (
              <span key={i}>
                {i > 0 && <br />}
                {line}
              </span>
            ))}
          </p>
        );
      })}
    </div>
  );
}
