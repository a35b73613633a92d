import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ProjectDetailsFragment } from '../../gql/graphql';
import { Money } from '../../shared/ui';

// Only web links become anchors: a link typed as javascript: or data: must not run on click.
function isWebLink(link: string): boolean {
  return /^https?:\/\//i.test(link);
}

export function ProjectFacts({ project }: { project: ProjectDetailsFragment }) {
  const { t } = useTranslation();

  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase">
            {t('projectForm.budgetShort')}
          </Text>
          <Money amount={project.budget} currency={project.currency} size="sm" />
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase">
            {t('projectForm.deliveryCostShort')}
          </Text>
          <Money amount={project.deliveryCost} currency={project.currency} size="sm" />
        </Stack>
      </SimpleGrid>
      {project.scopeNote && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {project.scopeNote}
        </Text>
      )}
      {project.documentLinks.length > 0 && (
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase">
            {t('projectForm.documentLinksShort')}
          </Text>
          {project.documentLinks.map((link) =>
            isWebLink(link) ? (
              <Anchor key={link} href={link} target="_blank" rel="noreferrer" size="sm">
                {link}
              </Anchor>
            ) : (
              <Text key={link} size="sm">
                {link}
              </Text>
            ),
          )}
        </Stack>
      )}
    </Stack>
  );
}
