'use client';

// Error boundaries must be client components, so they cannot read the server message catalogue;
// the texts are kept short in both languages here.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const german = typeof document !== 'undefined' && document.documentElement.lang === 'de';
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold">{german ? 'Etwas ist schiefgelaufen' : 'Something went wrong'}</h1>
      <p className="mt-4 text-gray-700">{german ? 'Bitte versuchen Sie es erneut.' : 'Please try again.'}</p>
      <button type="button" onClick={reset} className="mt-8 rounded-md bg-brand-700 px-4 py-2 font-medium text-white">
        {german ? 'Erneut versuchen' : 'Try again'}
      </button>
    </main>
  );
}
